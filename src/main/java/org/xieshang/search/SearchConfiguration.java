package org.xieshang.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.search.domain.SearchSettings;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    /** Every signed-in user may search: what they find is limited to what they may open. */
    @Bean
    static NavigationItem searchNavigation() {
        return new NavigationItem("nav.search", "/search", null, 10);
    }
}
