package org.xieshang.opinion.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

/** The module's entries in the main navigation: the submitter's page, the office's queues, the periodical, figures. */
@Configuration(proxyBeanMethods = false)
class OpinionNavigation {

    @Bean
    static NavigationItem opinionMineNavigation() {
        return new NavigationItem("nav.opinion.mine", "/opinion/mine", "opinion:submit", 400);
    }

    @Bean
    static NavigationItem opinionOfficeNavigation() {
        return new NavigationItem("nav.opinion.office", "/opinion/office", "opinion:edit", 410);
    }

    @Bean
    static NavigationItem opinionIncomingNavigation() {
        return new NavigationItem("nav.opinion.incoming", "/opinion/incoming", "opinion:manage", 420);
    }

    @Bean
    static NavigationItem opinionIssuesNavigation() {
        return new NavigationItem("nav.opinion.issues", "/opinion/issues", "opinion:manage", 430);
    }

    @Bean
    static NavigationItem opinionStatisticsNavigation() {
        return new NavigationItem("nav.opinion.statistics", "/opinion/statistics", "opinion:statistics", 440);
    }
}
