package org.xieshang.portal.domain;

import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

/** The portal's settings and navigation entries (the public pages, the clue screening, the topic catalogue). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalSettings.class)
class PortalConfiguration {

    @Bean
    static NavigationItem portalNavigation() {
        return new NavigationItem("portal.nav", "/portal", null, 980);
    }

    @Bean
    static NavigationItem clueScreeningNavigation() {
        return new NavigationItem("portal.screening.nav", "/proposals/clues", "proposal:review", 310);
    }

    @Bean
    static NavigationItem topicCatalogueNavigation() {
        return new NavigationItem("portal.topics.nav", "/proposals/topics", "proposal:submit", 320);
    }

    /** The redaction rules with the mask and address words of {@code i18n/portal.properties}. */
    static Redaction redaction(MessageSource messages) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        return new Redaction(
                messages.getMessage("portal.redaction.mask", null, chinese),
                messages.getMessage("portal.redaction.streets", null, chinese),
                messages.getMessage("portal.redaction.number", null, chinese),
                messages.getMessage("portal.redaction.buildings", null, chinese));
    }
}
