package org.xieshang.proposal.statistics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

/** The statistics page in the main navigation, for those who may read it. */
@Configuration
class StatisticsNavigation {

    @Bean
    NavigationItem proposalStatisticsNavigation() {
        return new NavigationItem("proposal.statistics.nav", "/proposals/statistics", "proposal:statistics", 330);
    }
}
