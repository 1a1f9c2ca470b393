package org.xieshang.proposal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.proposal.ProposalTestKit.World;
import org.xieshang.proposal.web.PageUsers;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
class StaffPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    PageUsers pageUsers;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    World w;
    XieshangUser staff;
    XieshangUser member;
    XieshangUser unit;

    @BeforeEach
    void setUp() {
        w = kit.world(2, 3);
        staff = pageUsers.real(w.staff());
        member = pageUsers.real(w.members().get(0));
        unit = pageUsers.real(w.units().get(0));
    }

    @Test
    void theReviewQueueListsSubmittedProposalsOnly() throws Exception {
        kit.submitted(w, "Waiting for review", true);
        kit.filed(w, "Already filed");
        String page = mvc.perform(get("/proposals/review").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the queue itself; the merge suggestions below it may name the filed one (same text: similar)
        String queue = page.substring(page.indexOf("id=\"review-queue\""), page.indexOf("</table>"));
        assertThat(queue).contains("Waiting for review").doesNotContain("Already filed");
        String filtered = mvc.perform(
                        get("/proposals/review").param("kind", "JOINT").with(user(staff)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(filtered).doesNotContain("Waiting for review").contains("没有符合条件的提案");
    }

    @Test
    void theReviewPagesAreForbiddenToMembersAndUnits() throws Exception {
        long id = kit.submitted(w, "Not theirs to file", true);
        mvc.perform(get("/proposals/review").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(get("/proposals/assignment").with(user(unit))).andExpect(status().isForbidden());
        mvc.perform(get("/proposals/overdue").with(user(member))).andExpect(status().isForbidden());
        mvc.perform(post("/proposals/" + id + "/file").with(user(unit)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void theReviewQueueExportsASpreadsheet() throws Exception {
        kit.submitted(w, "Exported for review", true);
        mvc.perform(get("/proposals/review/export").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void filingShowsTheOfficialNumber() throws Exception {
        long id = kit.submitted(w, "To be filed", true);
        String page = mvc.perform(get("/proposals/" + id).with(user(staff)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"file-proposal\"");
        mvc.perform(post("/proposals/" + id + "/file").with(user(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString("九届一次会议第")));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.FILED);
    }

    @Test
    void returningWithoutAReasonShowsThePageAgainAndChangesNothing() throws Exception {
        long id = kit.submitted(w, "Return me", true);
        mvc.perform(post("/proposals/" + id + "/return")
                        .param("reason", " ")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写理由")));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.SUBMITTED);
        mvc.perform(post("/proposals/" + id + "/return")
                        .param("reason", "请补充数据来源")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.RETURNED);
    }

    @Test
    void notFilingRecordsTheReasonCodeAndTheConversion() throws Exception {
        long id = kit.submitted(w, "Not to be filed", true);
        mvc.perform(post("/proposals/" + id + "/not-file")
                        .param("reasonCode", "")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择不予立案的理由")));
        mvc.perform(post("/proposals/" + id + "/not-file")
                        .param("reasonCode", "VAGUE")
                        .param("conversion", "PUBLIC_OPINION")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.NOT_FILED);
        assertThat(kit.count("select count(*) from proposal where id = ? and conversion = 'PUBLIC_OPINION'", id))
                .isEqualTo(1);
    }

    @Test
    void mergingKeepsTheTrailVisibleOnThePrimary() throws Exception {
        long primary = kit.filed(w, "Primary proposal");
        long other = kit.filed(w, "Merged proposal");
        String page = mvc.perform(get("/proposals/" + other).with(user(staff)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Primary proposal");
        mvc.perform(post("/proposals/" + other + "/merge")
                        .param("primaryId", String.valueOf(primary))
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(kit.status(other)).isEqualTo(ProposalStatus.MERGED);
        mvc.perform(get("/proposals/" + primary).with(user(staff)))
                .andExpect(content().string(containsString("并入其他提案")))
                .andExpect(content().string(containsString("/proposals/" + other)));
    }

    @Test
    void severalProposalsAreAssignedTogether() throws Exception {
        long sole = kit.filed(w, "Sole unit");
        long joint = kit.filed(w, "Lead and co-unit");
        String page = mvc.perform(get("/proposals/assignment").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Sole unit").contains("Lead and co-unit");
        mvc.perform(post("/proposals/assignment")
                        .param("batch", "交办会")
                        .param("proposalId", String.valueOf(sole), String.valueOf(joint))
                        .param("mode-" + sole, "SOLE")
                        .param("units-" + sole, String.valueOf(w.unitIds().get(0)))
                        .param("mode-" + joint, "LEAD_WITH_CO")
                        .param(
                                "units-" + joint,
                                String.valueOf(w.unitIds().get(1)),
                                String.valueOf(w.unitIds().get(2)))
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", containsString("2")));
        assertThat(kit.status(sole)).isEqualTo(ProposalStatus.ASSIGNED);
        assertThat(kit.status(joint)).isEqualTo(ProposalStatus.ASSIGNED);
        assertThat(kit.count("select count(*) from proposal_assignment where proposal_id = ?", joint))
                .isEqualTo(2);
    }

    @Test
    void anAssignmentWithoutUnitsIsRefusedAndNothingIsAssigned() throws Exception {
        long first = kit.filed(w, "Has units");
        long second = kit.filed(w, "Has none");
        mvc.perform(post("/proposals/assignment")
                        .param("proposalId", String.valueOf(first), String.valueOf(second))
                        .param("mode-" + first, "SOLE")
                        .param("units-" + first, String.valueOf(w.unitIds().get(0)))
                        .param("mode-" + second, "SOLE")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择办理方式和承办单位")));
        assertThat(kit.status(first)).isEqualTo(ProposalStatus.FILED);
        assertThat(kit.status(second)).isEqualTo(ProposalStatus.FILED);
    }

    @Test
    void theOverdueListAndItsExportOpen() throws Exception {
        mvc.perform(get("/proposals/overdue").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("超期提案")));
        mvc.perform(get("/proposals/overdue/export").with(user(staff))).andExpect(status().isOk());
    }

    @Test
    void staffMarkAKeyProposalWithItsLeaderAndAGoodProposalOfTheYear() throws Exception {
        long id = kit.filed(w, "Key proposal");
        mvc.perform(post("/proposals/" + id + "/key")
                        .param("leaderName", "")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写督办领导")));
        mvc.perform(post("/proposals/" + id + "/key")
                        .param("leaderName", "张副主席")
                        .param("decision", "主席会议")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(kit.count("select count(*) from proposal where id = ? and key_proposal", id))
                .isEqualTo(1);
        mvc.perform(get("/proposals/" + id).with(user(member)))
                .andExpect(content().string(containsString("张副主席")));
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        mvc.perform(get("/proposals/selections")
                        .param("year", String.valueOf(year))
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Key proposal")));
        mvc.perform(get("/proposals/selections").with(user(member))).andExpect(status().isForbidden());
    }

    @Test
    void theWordFormOpensWithTheTitleAndTheNumber() throws Exception {
        long id = kit.filed(w, "Word proposal");
        byte[] docx = mvc.perform(get("/proposals/" + id + "/form.docx").with(user(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String committee = jdbc.sql("select name from committee where id = ?")
                .param(w.committeeId())
                .query(String.class)
                .single();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains(committee + "提案")
                    .contains("九届一次会议第")
                    .contains("Word proposal")
                    .contains("案据")
                    .contains("member-0");
            assertThat(doc.getTables().get(0).getCTTbl().getTblGrid().sizeOfGridColArray())
                    .isEqualTo(2);
        }
    }
}
