package org.xieshang.member;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.xieshang.member.domain.MemberSettings;
import org.xieshang.shared.NavigationItem;

/** The module's settings (defaults in {@code member/defaults.properties}) and its navigation entry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MemberSettings.class)
@PropertySource(value = "classpath:member/defaults.properties", encoding = "UTF-8")
class MemberConfiguration {

    @Bean
    static NavigationItem memberNavigation() {
        return new NavigationItem("nav.members", "/members", "member:read", 200);
    }
}
