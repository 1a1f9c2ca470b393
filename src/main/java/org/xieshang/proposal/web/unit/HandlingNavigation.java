package org.xieshang.proposal.web.unit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

/** The navigation entries of the handling unit's, the supervisor's and the leader's workbenches. */
@Configuration(proxyBeanMethods = false)
class HandlingNavigation {

    @Bean
    static NavigationItem unitWorkbenchNavigation() {
        return new NavigationItem("proposal.handling.nav.unit", "/proposals/unit", "proposal:handle", 350);
    }

    @Bean
    static NavigationItem oversightNavigation() {
        return new NavigationItem("proposal.handling.nav.oversight", "/proposals/oversight", "proposal:supervise", 360);
    }

    @Bean
    static NavigationItem keyBoardNavigation() {
        return new NavigationItem("proposal.handling.nav.key", "/proposals/key", "proposal:lead", 370);
    }
}
