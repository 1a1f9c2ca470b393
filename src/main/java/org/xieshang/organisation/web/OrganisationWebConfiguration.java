package org.xieshang.organisation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
class OrganisationWebConfiguration {

    @Bean
    static NavigationItem organisationNavigation() {
        return new NavigationItem("nav.organisation", "/organisation", "organisation:read", 100);
    }
}
