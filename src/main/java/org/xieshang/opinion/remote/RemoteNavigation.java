package org.xieshang.opinion.remote;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
class RemoteNavigation {

    @Bean
    static NavigationItem opinionRemoteNavigation() {
        return new NavigationItem("opinion-remote.nav", "/opinion/remote", "opinion:remote", 490);
    }
}
