package org.xieshang.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    static NavigationItem auditNavigationItem() {
        return new NavigationItem("nav.audit", "/admin/audit", "audit:read", 910);
    }
}
