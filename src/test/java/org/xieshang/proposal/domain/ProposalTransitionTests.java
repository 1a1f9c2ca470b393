package org.xieshang.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xieshang.proposal.domain.ProposalStates.ACT;
import static org.xieshang.proposal.domain.ProposalStates.CATEGORIES;
import static org.xieshang.proposal.domain.ProposalStates.CO;
import static org.xieshang.proposal.domain.ProposalStates.LEAD;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.Conversion;
import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.domain.Step.About;

/**
 * Every step from every state, through the aggregate's own methods: where the transition table allows it, the step
 * succeeds, lands in the table's target state and leaves one history row per step; everywhere else it is refused and
 * the proposal is exactly as it was (state, stored row, signers, no history row, no event).
 */
class ProposalTransitionTests {

    /** How each step is taken; the services call exactly these methods. */
    private static final Map<ProposalAction, Consumer<Proposal>> STEPS = new EnumMap<>(ProposalAction.class);

    static {
        STEPS.put(
                ProposalAction.EDIT,
                p -> p.edit(
                        ACT, LEAD, ProposalStates.content(ProposalKind.JOINT), List.of(CO), LocalDate.of(2022, 3, 17)));
        STEPS.put(ProposalAction.CO_SIGNATURE_CONFIRMED, p -> p.confirmCoSignature(ACT, CO));
        STEPS.put(ProposalAction.CO_SIGNATURE_DECLINED, p -> p.declineCoSignature(ACT, CO));
        STEPS.put(ProposalAction.SUBMIT, p -> p.submit(ACT, LEAD, CATEGORIES, ProposalStates.registration()));
        STEPS.put(ProposalAction.RETURN, p -> p.returnForRevision(ACT, "needs figures"));
        STEPS.put(ProposalAction.REOPEN, p -> p.reopen(ACT, LEAD));
        STEPS.put(ProposalAction.WITHDRAW, p -> p.withdraw(ACT, LEAD, null));
        STEPS.put(ProposalAction.FILE, p -> p.file(ACT, new Filing(5, "N5", ACT.at())));
        STEPS.put(ProposalAction.NOT_FILE, p -> p.notFile(ACT, "VAGUE", null, Conversion.PUBLIC_OPINION));
        STEPS.put(ProposalAction.CONVERSION_LINKED, p -> p.linkConversion(ACT, Conversion.PUBLIC_OPINION, "SQ-1"));
        STEPS.put(
                ProposalAction.MERGE,
                p -> p.mergeInto(ACT, ProposalStates.in(2, ProposalStatus.FILED, Confirmation.CONFIRMED), false));
        STEPS.put(
                ProposalAction.MERGE_RECEIVED,
                p -> ProposalStates.in(2, ProposalStatus.FILED, Confirmation.CONFIRMED)
                        .mergeInto(ACT, p, false));
        STEPS.put(ProposalAction.ASSIGN, p -> p.assign(ACT, p.mergedInto().isPresent()));
        STEPS.put(ProposalAction.OPEN_REHANDLING, p -> p.openRehandling(ACT, null));
        STEPS.put(ProposalAction.CLOSE, p -> p.close(ACT, "no evaluation came"));
        STEPS.put(ProposalAction.KEY_SELECTED, p -> p.selectAsKey(ACT, new KeyMark(9L, "leader", "chairs", ACT.at())));
        STEPS.put(ProposalAction.GOOD_SELECTED, p -> p.selectAsGood(ACT, 2022));
    }

    /** Steps with no rule beyond the table are taken as the services take them. */
    private static Consumer<Proposal> step(ProposalAction action) {
        return STEPS.getOrDefault(action, p -> p.take(action, ACT, About.unit(3)));
    }

    static Stream<Arguments> everyStepFromEveryState() {
        return Arrays.stream(ProposalAction.values())
                .filter(a -> a != ProposalAction.CREATE)
                .flatMap(a -> Arrays.stream(ProposalStatus.values()).map(s -> Arguments.of(a, s)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryState")
    void aStepIsTakenExactlyFromTheStatesTheTableAllows(ProposalAction action, ProposalStatus status) {
        boolean answering =
                action == ProposalAction.CO_SIGNATURE_CONFIRMED || action == ProposalAction.CO_SIGNATURE_DECLINED;
        Proposal proposal = ProposalStates.in(status, answering ? Confirmation.PENDING : Confirmation.CONFIRMED);
        if (action.allowedFrom(status)) {
            step(action).accept(proposal);
            assertThat(proposal.status()).isEqualTo(expectedTarget(action, status));
            if (action != ProposalAction.EDIT) { // an edit is audited, not a history row
                assertThat(proposal.pendingSteps()).extracting(Step::action).contains(action);
            }
        } else {
            ProposalRow before = proposal.row();
            List<Signer> signersBefore = proposal.signers();
            assertThatThrownBy(() -> step(action).accept(proposal))
                    .isInstanceOf(
                            action == ProposalAction.MERGE_RECEIVED
                                    ? Refusals.MergeRefused.class
                                    : Refusals.ProposalNotInState.class);
            assertThat(proposal.status()).isEqualTo(status);
            assertThat(proposal.row()).isEqualTo(before);
            assertThat(proposal.signers()).isEqualTo(signersBefore);
            assertThat(proposal.pendingSteps()).isEmpty();
            assertThat(proposal.pendingEvents()).isEmpty();
        }
    }

    /** Editing a returned proposal takes it back to draft (the REOPEN step); every other step lands on its target. */
    private static ProposalStatus expectedTarget(ProposalAction action, ProposalStatus status) {
        if (action == ProposalAction.EDIT && status == ProposalStatus.RETURNED) {
            return ProposalStatus.DRAFT;
        }
        return action.target(status);
    }

    @Test
    void everyStateCanBeReachedAndClosingComesOnlyAfterAReply() {
        for (ProposalStatus status : ProposalStatus.values()) {
            boolean reachable = Arrays.stream(ProposalAction.values())
                    .anyMatch(a -> a.to().filter(status::equals).isPresent());
            assertThat(reachable).as("%s is reachable", status).isTrue();
        }
        assertThat(ProposalAction.CLOSE.from())
                .as("closed is reached only after a reply")
                .allMatch(s -> s.compareTo(ProposalStatus.REPLIED) >= 0);
    }

    @Test
    void aNewDraftStartsTheHistoryWithItsCreation() {
        Proposal draft = Proposal.newDraft(5, 7, 1, LEAD, ProposalStates.content(ProposalKind.INDIVIDUAL), ACT);
        assertThat(draft.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(draft.pendingSteps()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(ProposalAction.CREATE);
            assertThat(s.from()).isNull();
            assertThat(s.to()).isEqualTo(ProposalStatus.DRAFT);
        });
        assertThat(draft.leadMemberId()).isEqualTo(LEAD);
        assertThat(draft.proposerMemberIds()).containsExactly(LEAD);
    }
}
