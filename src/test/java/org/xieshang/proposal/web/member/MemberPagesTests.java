package org.xieshang.proposal.web.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.proposal.ProposalTestKit.World;
import org.xieshang.proposal.web.PageUsers;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
class MemberPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    PageUsers pageUsers;

    World w;
    XieshangUser m0;
    XieshangUser m1;
    XieshangUser staff;

    @BeforeEach
    void setUp() {
        w = kit.world(2, 2);
        m0 = pageUsers.real(w.members().get(0));
        m1 = pageUsers.real(w.members().get(1));
        staff = pageUsers.real(w.staff());
    }

    @Test
    void theWorkbenchListsMyProposalsAndTheCoSignatureWaitingForMe() throws Exception {
        long id = jointDraft("联名提案：加快老旧小区改造");
        mvc.perform(get("/proposals/mine").with(user(m0)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("联名提案：加快老旧小区改造")));
        String waiting = mvc.perform(get("/proposals/mine").with(user(m1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(waiting).contains("待确认联名").contains("/proposals/" + id);
    }

    @Test
    void theWorkbenchFiltersByStatusAndSearch() throws Exception {
        kit.submitted(w, "Submitted road proposal", true);
        jointDraft("Draft school proposal");
        String page = mvc.perform(
                        get("/proposals/mine").param("status", "SUBMITTED").with(user(m0)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Submitted road proposal").doesNotContain("Draft school proposal");
        String none = mvc.perform(
                        get("/proposals/mine").param("q", "nothing-like-this").with(user(m0)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(none).contains("还没有提案");
    }

    @Test
    void theWorkbenchIsOnlyForMembers() throws Exception {
        mvc.perform(get("/proposals/mine").with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/proposals/new").with(user(pageUsers.real(w.units().get(0)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theWorkbenchExportsASpreadsheetAndAuditsIt() throws Exception {
        kit.submitted(w, "Exported proposal", true);
        long before = kit.count("select count(*) from audit_entry where action = 'EXPORT'");
        mvc.perform(get("/proposals/mine/export").with(user(m0)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(kit.count("select count(*) from audit_entry where action = 'EXPORT'"))
                .isEqualTo(before + 1);
    }

    @Test
    void aDraftWithoutATitleIsShownAgainWithAChineseMessageAndNothingIsSaved() throws Exception {
        long before = proposals();
        mvc.perform(form(post("/proposals/new"), "", "grounds", "suggestions").param("action", "save"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请填写案由")));
        assertThat(proposals()).isEqualTo(before);
    }

    @Test
    void submittingWithoutGroundsOrCategoryNamesEachMissingField() throws Exception {
        long before = proposals();
        String page = mvc.perform(form(post("/proposals/new"), "A title", "", "suggestions")
                        .param("action", "submit"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("请填写案据").contains("请选择类别");
        assertThat(proposals()).isEqualTo(before);
    }

    @Test
    void submittingShowsTheRunningNumber() throws Exception {
        MvcResult result = mvc.perform(form(post("/proposals/new"), "Submitted at once", "grounds", "suggestions")
                        .param("category", "SOCIETY")
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("流水号")))
                .andReturn();
        long id = idOf(result);
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.SUBMITTED);
        mvc.perform(get("/proposals/" + id).with(user(m0)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"running-no\"")));
    }

    @Test
    void aTextPastTheLimitIsSavedWithAWarning() throws Exception {
        mvc.perform(form(post("/proposals/new"), "Long text", "字".repeat(1600), "suggestions")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("超过建议的")));
    }

    @Test
    void editingADraftKeepsItsCoSignersAndShowsTheirState() throws Exception {
        long id = jointDraft("Joint draft to edit");
        String page = mvc.perform(get("/proposals/" + id + "/edit").with(user(m0)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("member-1").contains("待确认");
        mvc.perform(form(post("/proposals/" + id + "/edit"), "JOINT", "Joint draft edited", "g", "s")
                        .param("coSignerMemberIds", String.valueOf(w.memberIds().get(1)))
                        .param("version", String.valueOf(version(id)))
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        assertThat(kit.count("select count(*) from proposal where id = ? and title = 'Joint draft edited'", id))
                .isEqualTo(1);
    }

    @Test
    void theCoSignerConfirmsOnTheProposalPageAndTheProposerThenSubmits() throws Exception {
        long id = jointDraft("Joint proposal to confirm");
        String page = mvc.perform(get("/proposals/" + id).with(user(m1)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("确认联名");
        mvc.perform(post("/proposals/" + id + "/confirm").with(user(m1)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(kit.count(
                        "select count(*) from proposal_signer where proposal_id = ? and confirmation = ?",
                        id,
                        Confirmation.CONFIRMED.name()))
                .isEqualTo(2);
        mvc.perform(post("/proposals/" + id + "/submit").with(user(m0)).with(csrf()))
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("流水号")));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void submittingBeforeTheCoSignerAnsweredIsRefusedWithAReason() throws Exception {
        long id = jointDraft("Joint proposal not yet confirmed");
        mvc.perform(post("/proposals/" + id + "/submit").with(user(m0)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("联名人未确认")));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void theProposalPageShowsTheFactsAndTheTimeline() throws Exception {
        long id = kit.filed(w, "Filed proposal page");
        String page = mvc.perform(get("/proposals/" + id).with(user(m0)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Filed proposal page")
                .contains("九届一次会议第")
                .contains("办理历程")
                .contains("立案")
                .contains("member-0")
                .contains("社会建设");
    }

    @Test
    void aProposalOutsideTheUsersScopeIsNotFound() throws Exception {
        long id = kit.submitted(w, "Someone else's proposal", true);
        World other = kit.world(1, 0);
        XieshangUser otherStaff = pageUsers.real(other.staff());
        mvc.perform(get("/proposals/" + id).with(user(otherStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/proposals/" + id + "/form.docx").with(user(otherStaff)))
                .andExpect(status().isNotFound());
    }

    private long jointDraft(String title) {
        return kit.as(
                w.members().get(0),
                () -> kit.submission()
                        .create(ProposalTestKit.draft(
                                ProposalKind.JOINT,
                                title,
                                true,
                                List.of(w.memberIds().get(1))))
                        .id());
    }

    private MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, String title, String grounds, String suggestions) {
        return form(request, "INDIVIDUAL", title, grounds, suggestions);
    }

    private MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, String kind, String title, String grounds, String suggestions) {
        return request.with(user(m0))
                .with(csrf())
                .param("kind", kind)
                .param("title", title)
                .param("grounds", grounds)
                .param("suggestions", suggestions)
                .param("suggestedUnitIds", String.valueOf(w.unitIds().get(0)))
                .param("disclosureConsent", "true");
    }

    private long proposals() {
        return kit.count("select count(*) from proposal where committee_id = ?", w.committeeId());
    }

    private long version(long id) {
        return kit.count("select version from proposal where id = ?", id);
    }

    private static long idOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }
}
