package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.support.IntegrationTest;

/** 并案: the originals keep their numbers and each gets its own reply; 分办: every unit replies on its own. */
@IntegrationTest
class MergeAndSeparateReplyTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalReview review;

    @Autowired
    ProposalAssignment assignment;

    @Autowired
    ProposalHandling handling;

    @Autowired
    ProposalQueries queries;

    @Test
    void mergedProposalsKeepTheirNumbersAndEachGetsItsOwnReply() {
        ProposalTestKit.World w = kit.world(1, 1);
        long primary = kit.filed(w, "roads in the east");
        long merged = kit.filed(w, "roads in the east, again");
        kit.as(w.staff(), () -> review.merge(merged, primary));
        assertThat(kit.status(merged)).isEqualTo(ProposalStatus.MERGED);

        assertThatThrownBy(() -> kit.assigned(w, merged, AssignmentMode.SOLE, w.unitIds()))
                .isInstanceOf(Refusals.AssignWithPrimary.class);
        List<Long> made = kit.assigned(w, primary, AssignmentMode.SOLE, w.unitIds());
        assertThat(made).as("the merged original is assigned with its primary").hasSize(2);
        assertThat(kit.status(merged)).isEqualTo(ProposalStatus.ASSIGNED);

        XieshangUser unit = w.units().get(0);
        for (long id : List.of(primary, merged)) {
            kit.as(unit, () -> handling.saveReplyDraft(id, reply("C")));
            kit.as(unit, () -> handling.submitReply(id));
            assertThat(kit.status(id)).isEqualTo(ProposalStatus.REPLIED);
        }
        ProposalDetails original = kit.as(w.staff(), () -> queries.details(merged));
        ProposalDetails main = kit.as(w.staff(), () -> queries.details(primary));
        assertThat(original.summary().officialNumber()).isEqualTo("九届一次会议第2号");
        assertThat(main.summary().officialNumber()).isEqualTo("九届一次会议第1号");
        assertThat(original.summary().mergedInto()).isEqualTo(primary);
        assertThat(main.mergedProposalIds()).containsExactly(merged);
        assertThat(original.replies()).hasSize(1);
        assertThat(main.replies()).hasSize(1);
        assertThat(original.replies().get(0).id())
                .isNotEqualTo(main.replies().get(0).id());
        assertThat(kit.as(w.staff(), () -> queries.timeline(primary)))
                .filteredOn(e -> e.action() == ProposalAction.MERGE_RECEIVED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.relatedProposalId()).isEqualTo(merged);
                    assertThat(e.actorName()).isEqualTo(w.staff().displayName());
                });
    }

    @Test
    void withSeparateHandlingEveryUnitRepliesAndTheProposalWaitsForTheLast() {
        ProposalTestKit.World w = kit.world(1, 2);
        long id = kit.filed(w, "schools and hospitals");
        kit.assigned(w, id, AssignmentMode.SEPARATE, w.unitIds());
        XieshangUser first = w.units().get(0);
        XieshangUser second = w.units().get(1);

        kit.as(first, () -> handling.saveReplyDraft(id, reply("A")));
        kit.as(first, () -> handling.submitReply(id));
        assertThat(kit.status(id)).as("the second unit has not even accepted").isEqualTo(ProposalStatus.ASSIGNED);

        kit.as(second, () -> handling.saveReplyDraft(id, reply("B")));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.HANDLING);
        kit.as(second, () -> handling.submitReply(id));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.REPLIED);

        ProposalDetails details = kit.as(w.staff(), () -> queries.details(id));
        assertThat(details.replies())
                .extracting(ProposalDetails.Reply::unitId, ProposalDetails.Reply::replyClass)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(w.unitIds().get(0), ReplyClass.A),
                        org.assertj.core.groups.Tuple.tuple(w.unitIds().get(1), ReplyClass.B));
        assertThatThrownBy(() -> kit.as(first, () -> handling.submitReply(id)))
                .isInstanceOf(Refusals.ProposalNotInState.class);
    }

    @Test
    void aCoUnitNeverRepliesToTheProposer() {
        ProposalTestKit.World w = kit.world(1, 2);
        long id = kit.filed(w, "one lead, one co-unit");
        kit.assigned(w, id, AssignmentMode.LEAD_WITH_CO, w.unitIds());
        assertThatThrownBy(() -> kit.as(w.units().get(1), () -> handling.saveReplyDraft(id, reply("A"))))
                .isInstanceOf(Refusals.WrongAssignmentRole.class);
        assertThatThrownBy(() -> kit.as(w.units().get(0), () -> handling.countersign(id)))
                .isInstanceOf(Refusals.WrongAssignmentRole.class);
        assertThat(kit.count("select count(*) from proposal_reply where proposal_id = ?", id))
                .isZero();
    }

    private static ProposalHandling.ReplyDraft reply(String replyClass) {
        return new ProposalHandling.ReplyDraft(ReplyClass.valueOf(replyClass), "letter", "doc-1", "signer");
    }
}
