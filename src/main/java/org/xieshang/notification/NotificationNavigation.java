package org.xieshang.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    /** Every signed-in user has an inbox, so no permission is needed. */
    @Bean
    static NavigationItem inboxNavigation() {
        return new NavigationItem("nav.inbox", "/inbox", null, 5);
    }
}
