package org.xieshang.proposal.domain;

import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.proposal.ProposalSettings;

/** The module's settings and the rules built from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProposalSettings.class)
class ProposalDomainConfiguration {

    @Bean
    WorkingCalendar workingCalendar(ProposalSettings settings) {
        return WorkingCalendar.of(settings.calendar());
    }

    @Bean
    Deadlines deadlines(ProposalSettings settings, WorkingCalendar calendar) {
        return new Deadlines(settings, calendar);
    }

    @Bean
    ContactRedactor contactRedactor(MessageSource messages) {
        return new ContactRedactor(
                text(messages, "proposal.redaction.mask"),
                text(messages, "proposal.redaction.labels"),
                text(messages, "proposal.redaction.clause-end"));
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
