package org.xieshang.proposal.web.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.shared.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ProposalMemberNavigation {

    @Bean
    static NavigationItem myProposalsNavigation() {
        return new NavigationItem("nav.proposals.mine", "/proposals/mine", "proposal:submit", 300);
    }
}
