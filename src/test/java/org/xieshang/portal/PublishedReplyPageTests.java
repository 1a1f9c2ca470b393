package org.xieshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.DisclosureMode;
import org.xieshang.proposal.DueItem;
import org.xieshang.proposal.ProposalDeadlines;
import org.xieshang.proposal.ProposalHandling;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.proposal.ReplyClass;
import org.xieshang.proposal.ReplyOversight;
import org.xieshang.support.IntegrationTest;

/**
 * The public page shows a reply only when the proposer agreed and the office published it (due within 20 working
 * days of the reply), to anyone, with phone numbers, mobiles, e-mail and street addresses redacted.
 */
@IntegrationTest
class PublishedReplyPageTests {

    static final String LETTER =
            "经研究，拟于明年增开两条线路。联系人：王芳，电话0830-1234567，手机13812345678，" + "邮箱wf@lzjt.gov.cn，办公地址在江阳区酒城大道三段18号3栋501室。";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalHandling handling;

    @Autowired
    ReplyOversight oversight;

    @Autowired
    ProposalDeadlines deadlines;

    ProposalTestKit.World w;

    @BeforeEach
    void setUp() {
        w = kit.world(1, 1);
    }

    @Test
    void aReplyAppearsOnlyWithConsentAndOncePublishedAndIsRedacted() throws Exception {
        long agreed = kit.filed(w, "关于改善城郊公交的建议", true);
        long private_ = kit.filed(w, "关于增设社区食堂的建议", false);
        long agreedReply = replied(agreed);
        long privateReply = replied(private_);

        List<DueItem> due = kit.as(w.staff(), () -> deadlines.dueWithin(60));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(due)
                .filteredOn(d -> d.kind() == DueItem.Kind.DISCLOSURE)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.replyId()).isEqualTo(agreedReply);
                    // 20 working days are four weeks at least, holidays aside
                    assertThat(d.dueOn()).isAfterOrEqualTo(today.plusDays(26));
                });
        assertThat(page("/portal/replies?committee=" + w.committeeId())).contains("暂无公开的提案答复");

        kit.as(w.staff(), () -> oversight.publish(agreedReply, DisclosureMode.FULL, null));
        assertThatThrownBy(() -> kit.as(w.staff(), () -> oversight.publish(privateReply, DisclosureMode.FULL, null)))
                .hasMessageContaining("disclosure-not-consented");
        assertThat(kit.as(w.staff(), () -> deadlines.dueWithin(60)))
                .noneMatch(d -> d.kind() == DueItem.Kind.DISCLOSURE);

        String list = page("/portal/replies?committee=" + w.committeeId());
        assertThat(list).contains("关于改善城郊公交的建议").doesNotContain("关于增设社区食堂的建议");
        String detail = page("/portal/replies/" + agreedReply + "?committee=" + w.committeeId());
        assertThat(detail)
                .contains("经研究，拟于明年增开两条线路。", "［已隐去］")
                .doesNotContain("1234567", "13812345678", "wf@lzjt.gov.cn", "18号", "501室");
        mvc.perform(get("/portal/replies/" + privateReply + "?committee=" + w.committeeId()))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePublicListIsSearchedByTitleOrNumber() throws Exception {
        long bus = kit.filed(w, "关于改善城郊公交的建议", true);
        long river = kit.filed(w, "关于长江岸线保护的建议", true);
        for (long id : List.of(bus, river)) {
            long reply = replied(id);
            kit.as(w.staff(), () -> oversight.publish(reply, DisclosureMode.SUMMARY, "已列入明年计划。"));
        }
        String found = page("/portal/replies?committee=" + w.committeeId() + "&q=长江");
        assertThat(found).contains("关于长江岸线保护的建议").doesNotContain("关于改善城郊公交的建议");
        assertThat(page("/portal/replies?committee=" + w.committeeId() + "&q=不存在的标题"))
                .contains("暂无公开的提案答复");
        assertThat(page("/portal")).contains("提交提案线索", "查看已公开的提案答复");
    }

    /** Assigned to the unit, replied, and approved by the supervisor; returns the reply's id. */
    private long replied(long proposalId) {
        kit.assigned(w, proposalId, AssignmentMode.SOLE, List.of(w.unitIds().get(0)));
        long reply = kit.as(w.units().get(0), () -> {
            handling.saveReplyDraft(
                    proposalId, new ProposalHandling.ReplyDraft(ReplyClass.B, LETTER, "泸交函〔2022〕12号", "李明"));
            return handling.submitReply(proposalId);
        });
        kit.as(w.supervisor(), () -> oversight.review(reply, null, null));
        return reply;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
