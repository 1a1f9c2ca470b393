package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.proposal.EvaluationForm.Agreement;
import org.xieshang.proposal.EvaluationForm.Attitude;
import org.xieshang.proposal.EvaluationForm.ContactMethod;
import org.xieshang.proposal.EvaluationForm.Pertinence;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.support.IntegrationTest;

/**
 * A second 不满意 leads to a face-to-face consultation whose record closes the proposal; staff may enter a paper
 * evaluation for a member (marked as such); only signers who confirmed evaluate, once per reply.
 */
@IntegrationTest
class ProposalEvaluationTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalHandling handling;

    @Autowired
    ReplyOversight oversight;

    @Autowired
    ProposalEvaluation evaluation;

    @Autowired
    ProposalQueries queries;

    ProposalTestKit.World w;
    long id;

    @BeforeEach
    void setUp() {
        w = kit.world(2, 1);
        id = kit.filed(w, "evaluated twice");
        kit.assigned(w, id, AssignmentMode.SOLE, w.unitIds());
    }

    @Test
    void aSecondDissatisfactionLeadsToAFaceToFaceConsultationThatClosesTheProposal() {
        long first = reply("C");
        kit.as(w.members().get(0), () -> evaluation.evaluate(id, first, form(Satisfaction.DISSATISFIED)));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.REHANDLING);
        assertThatThrownBy(() ->
                        kit.as(w.members().get(0), () -> evaluation.evaluate(id, first, form(Satisfaction.SATISFIED))))
                .as("the first reply is no longer current")
                .isInstanceOf(Refusals.ProposalNotInState.class);

        long second = reply("C");
        kit.as(w.members().get(0), () -> evaluation.evaluate(id, second, form(Satisfaction.DISSATISFIED)));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.CONSULTATION);
        kit.as(
                w.staff(),
                () -> evaluation.recordConsultation(
                        id,
                        LocalDate.of(2022, 11, 3),
                        "office",
                        "proposer, unit, proposal committee",
                        "explained; the plan goes ahead next year"));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.CLOSED);
        ProposalDetails details = kit.as(w.staff(), () -> queries.details(id));
        assertThat(details.consultations())
                .singleElement()
                .satisfies(c -> assertThat(c.place()).isEqualTo("office"));
        assertThat(details.rehandlings())
                .singleElement()
                .satisfies(r -> assertThat(r.round()).isEqualTo(2));
    }

    @Test
    void staffEnterAPaperEvaluationMarkedAsSuchAndOnlyConfirmedSignersEvaluateOnce() {
        long reply = reply("A");
        kit.as(
                w.staff(),
                () -> evaluation.evaluateOnPaper(
                        id, reply, w.memberIds().get(0), form(Satisfaction.BASICALLY_SATISFIED)));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.EVALUATED);
        assertThatThrownBy(() ->
                        kit.as(w.members().get(0), () -> evaluation.evaluate(id, reply, form(Satisfaction.SATISFIED))))
                .isInstanceOf(Refusals.AlreadyEvaluated.class);
        assertThatThrownBy(() -> kit.as(
                        w.staff(),
                        () -> evaluation.evaluateOnPaper(
                                id, reply, w.memberIds().get(1), form(Satisfaction.SATISFIED))))
                .as("the second member did not sign")
                .isInstanceOf(Refusals.NotAnEvaluator.class);
        ProposalDetails details = kit.as(w.members().get(0), () -> queries.details(id));
        assertThat(details.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.onPaper()).isTrue();
            assertThat(e.lead()).isTrue();
            assertThat(e.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
        });
    }

    private long reply(String replyClass) {
        kit.as(
                w.units().get(0),
                () -> handling.saveReplyDraft(
                        id,
                        new ProposalHandling.ReplyDraft(ReplyClass.valueOf(replyClass), "letter", "doc", "signer")));
        long reply = kit.as(w.units().get(0), () -> handling.submitReply(id));
        kit.as(w.supervisor(), () -> oversight.review(reply, null, null));
        return reply;
    }

    private static EvaluationForm form(Satisfaction satisfaction) {
        return new EvaluationForm(
                satisfaction,
                true,
                ContactMethod.PHONE,
                Attitude.UNDERSTANDING,
                Pertinence.MOSTLY,
                Agreement.UNDERSTAND,
                null);
    }
}
