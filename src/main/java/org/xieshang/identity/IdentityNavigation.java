package org.xieshang.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    static NavigationItem usersNavigation() {
        return new NavigationItem("nav.users", "/admin/users", "user:manage", 900);
    }

    @Bean
    static NavigationItem tokensNavigation() {
        return new NavigationItem("nav.tokens", "/account/tokens", "token:manage", 950);
    }
}
