package org.xieshang.proposal.web.staff;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ProposalStaffNavigation {

    @Bean
    static NavigationItem proposalReviewNavigation() {
        return new NavigationItem("nav.proposals.review", "/proposals/review", "proposal:review", 310);
    }

    @Bean
    static NavigationItem proposalAssignmentNavigation() {
        return new NavigationItem("nav.proposals.assignment", "/proposals/assignment", "proposal:assign", 320);
    }

    @Bean
    static NavigationItem proposalOverdueNavigation() {
        return new NavigationItem("nav.proposals.overdue", "/proposals/overdue", "proposal:manage", 330);
    }

    @Bean
    static NavigationItem proposalSelectionsNavigation() {
        return new NavigationItem("nav.proposals.selections", "/proposals/selections", "proposal:key", 340);
    }
}
