package org.xieshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.ProposalClues;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** The office screens clues into the topic catalogue; members read the catalogue but cannot screen. */
@IntegrationTest
class ClueScreeningPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalClues clues;

    @Autowired
    Fixtures fixtures;

    long committee;
    XieshangUser staff;
    XieshangUser member;
    long clue;

    @BeforeEach
    void setUp() {
        committee = fixtures.committee();
        staff = fixtures.user(committee, Role.STAFF);
        member = fixtures.user(committee, Role.MEMBER);
        clue = clues.submit(committee, new ProposalClues.NewClue("赵六", "13700000000", "老旧小区加装电梯", "建议简化审批。"));
    }

    @Test
    void theOfficeAcceptsAClueUnderANewTopicThatMembersThenSee() throws Exception {
        assertThat(page(staff, "/proposals/clues")).contains("老旧小区加装电梯", "赵六 13700000000", "待筛选");
        mvc.perform(post("/proposals/clues/" + clue + "/accept")
                        .with(user(staff))
                        .with(csrf())
                        .param("newTitle", "推进老旧小区加装电梯")
                        .param("category", "SOCIETY"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "线索已列入选题参考目录。"));
        assertThat(page(member, "/proposals/topics")).contains("推进老旧小区加装电梯", "社会建设");
        assertThat(page(staff, "/proposals/clues")).contains("没有符合条件的提案线索。");
        assertThat(page(staff, "/proposals/clues?status=ACCEPTED")).contains("已列入目录");
    }

    @Test
    void aRejectionNeedsAReasonAndMembersCannotScreen() throws Exception {
        mvc.perform(post("/proposals/clues/" + clue + "/reject")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(get("/proposals/clues").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(post("/proposals/clues/" + clue + "/reject")
                        .with(user(staff))
                        .with(csrf())
                        .param("reason", "不属于政协提案范围"))
                .andExpect(flash().attribute("flash", "线索已标记为不采用。"));
        assertThat(page(staff, "/proposals/clues?status=REJECTED")).contains("不属于政协提案范围");
    }

    @Test
    void theCluesAreExportedToExcel() throws Exception {
        String type = mvc.perform(get("/proposals/clues/export").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentType();
        assertThat(type).contains("spreadsheetml");
    }

    private String page(XieshangUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
