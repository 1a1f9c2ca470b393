package org.xieshang.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xieshang.proposal.domain.ProposalStates.ACT;
import static org.xieshang.proposal.domain.ProposalStates.CATEGORIES;
import static org.xieshang.proposal.domain.ProposalStates.CO;
import static org.xieshang.proposal.domain.ProposalStates.LEAD;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xieshang.proposal.CoSignatureConfirmed;
import org.xieshang.proposal.CoSignerInvited;
import org.xieshang.proposal.CoSignerRemoved;
import org.xieshang.proposal.CollectiveProposer;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalFiled;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSubmitted;
import org.xieshang.shared.InvalidInput;

/** The rules a step checks besides the transition table; a refused step changes nothing. */
class ProposalRulesTests {

    private static final LocalDate DEADLINE = LocalDate.of(2022, 3, 17);

    @Test
    void aJointProposalGoesInOnlyOnceEveryCoSignerConfirmed() {
        Proposal proposal = ProposalStates.in(ProposalStatus.DRAFT, Confirmation.PENDING);
        assertThatThrownBy(() -> proposal.submit(ACT, LEAD, CATEGORIES, ProposalStates.registration()))
                .isInstanceOf(Refusals.CoSignersNotConfirmed.class);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.DRAFT);
        proposal.confirmCoSignature(ACT, CO);
        proposal.submit(ACT, LEAD, CATEGORIES, ProposalStates.registration());
        assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.pendingEvents())
                .filteredOn(ProposalSubmitted.class::isInstance)
                .singleElement()
                .satisfies(e ->
                        assertThat(((ProposalSubmitted) e).proposerMemberIds()).containsExactly(LEAD, CO));
    }

    @Test
    void aCoSignerWhoDeclinedMustBeRemovedBeforeSubmission() {
        Proposal proposal = ProposalStates.in(ProposalStatus.DRAFT, Confirmation.PENDING);
        proposal.declineCoSignature(ACT, CO);
        assertThatThrownBy(() -> proposal.submit(ACT, LEAD, CATEGORIES, ProposalStates.registration()))
                .isInstanceOf(Refusals.CoSignersNotConfirmed.class);
        proposal.edit(ACT, LEAD, ProposalStates.content(ProposalKind.JOINT), List.of(103L), DEADLINE);
        assertThat(proposal.pendingEvents())
                .hasAtLeastOneElementOfType(CoSignerRemoved.class)
                .hasAtLeastOneElementOfType(CoSignerInvited.class);
        assertThat(proposal.signers()).extracting(Signer::memberId).containsExactly(LEAD, 103L);
        assertThat(proposal.signers().get(1).position()).isEqualTo(2);
    }

    @Test
    void aCoSignatureAfterItsDeadlineIsRefused() {
        Proposal proposal = ProposalStates.in(ProposalStatus.DRAFT, Confirmation.PENDING);
        Act late = new Act(2L, "member", ACT.at().plusDays(8));
        assertThatThrownBy(() -> proposal.confirmCoSignature(late, CO))
                .isInstanceOf(Refusals.CoSignDeadlinePassed.class);
        assertThat(proposal.signer(CO).orElseThrow().confirmation()).isEqualTo(Confirmation.PENDING);
    }

    @Test
    void onlyAnInvitedCoSignerAnswersAndOnlyOnce() {
        Proposal proposal = ProposalStates.in(ProposalStatus.DRAFT, Confirmation.PENDING);
        assertThatThrownBy(() -> proposal.confirmCoSignature(ACT, 555)).isInstanceOf(Refusals.NotACoSigner.class);
        assertThatThrownBy(() -> proposal.confirmCoSignature(ACT, LEAD)).isInstanceOf(Refusals.NotACoSigner.class);
        proposal.confirmCoSignature(ACT, CO);
        assertThat(proposal.pendingEvents()).hasAtLeastOneElementOfType(CoSignatureConfirmed.class);
        assertThatThrownBy(() -> proposal.declineCoSignature(ACT, CO))
                .isInstanceOf(Refusals.CoSignatureAlreadyAnswered.class);
    }

    @Test
    void onlyTheFirstProposerEditsSubmitsOrWithdraws() {
        Proposal proposal = ProposalStates.in(ProposalStatus.DRAFT, Confirmation.CONFIRMED);
        assertThatThrownBy(() -> proposal.submit(ACT, CO, CATEGORIES, ProposalStates.registration()))
                .isInstanceOf(Refusals.NotTheProposer.class);
        assertThatThrownBy(
                        () -> proposal.edit(ACT, CO, ProposalStates.content(ProposalKind.JOINT), List.of(), DEADLINE))
                .isInstanceOf(Refusals.NotTheProposer.class);
        assertThatThrownBy(() -> proposal.withdraw(ACT, CO, null)).isInstanceOf(Refusals.NotTheProposer.class);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void anIncompleteProposalIsRefusedNamingTheMissingPart() {
        Proposal proposal = ProposalStates.in(ProposalStatus.DRAFT, Confirmation.CONFIRMED);
        ProposalContent noGrounds = new ProposalContent(
                ProposalKind.JOINT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "title",
                " ",
                "suggestions",
                "ECONOMY",
                List.of(),
                true,
                null,
                false,
                null);
        proposal.edit(ACT, LEAD, noGrounds, List.of(CO), DEADLINE);
        assertThatThrownBy(() -> proposal.submit(ACT, LEAD, CATEGORIES, ProposalStates.registration()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("grounds"));
        assertThat(proposal.status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void refusingDisclosureNeedsAReasonAndACollectiveProposalNeedsItsProposerAndContact() {
        ProposalContent secret = new ProposalContent(
                ProposalKind.INDIVIDUAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "t",
                "g",
                "s",
                "ECONOMY",
                List.of(),
                false,
                null,
                false,
                null);
        assertThatThrownBy(() -> secret.checkComplete(CATEGORIES))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("disclosureReason"));
        ProposalContent party = new ProposalContent(
                ProposalKind.COLLECTIVE,
                CollectiveProposer.PARTY,
                null,
                null,
                null,
                null,
                "contact",
                "0830-1234567",
                null,
                "t",
                "g",
                "s",
                "ECONOMY",
                List.of(),
                true,
                null,
                false,
                null);
        assertThatThrownBy(() -> party.checkComplete(CATEGORIES))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("partyOrganisationId"));
        ProposalContent unknown = new ProposalContent(
                ProposalKind.INDIVIDUAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "t",
                "g",
                "s",
                "SPORT",
                List.of(),
                true,
                null,
                false,
                null);
        assertThatThrownBy(() -> unknown.checkComplete(CATEGORIES)).isInstanceOf(Refusals.UnknownCategory.class);
    }

    @Test
    void coSignersBelongOnlyToJointProposalsAndAJointOneNeedsOne() {
        Proposal proposal = ProposalStates.in(ProposalStatus.DRAFT, Confirmation.CONFIRMED);
        assertThatThrownBy(() -> proposal.edit(
                        ACT, LEAD, ProposalStates.content(ProposalKind.INDIVIDUAL), List.of(CO), DEADLINE))
                .isInstanceOf(Refusals.SignersDoNotFitKind.class);
        proposal.edit(ACT, LEAD, ProposalStates.content(ProposalKind.JOINT), List.of(), DEADLINE);
        assertThatThrownBy(() -> proposal.submit(ACT, LEAD, CATEGORIES, ProposalStates.registration()))
                .isInstanceOf(Refusals.SignersDoNotFitKind.class);
    }

    @Test
    void aResubmissionKeepsTheRunningNumberOfTheFirst() {
        Proposal proposal = ProposalStates.in(ProposalStatus.RETURNED, Confirmation.CONFIRMED);
        int first = proposal.registration().orElseThrow().runningNo();
        proposal.edit(ACT, LEAD, ProposalStates.content(ProposalKind.JOINT), List.of(CO), DEADLINE);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.DRAFT);
        proposal.submit(ACT, LEAD, CATEGORIES, new Registration(56, null, 999, ACT.at()));
        assertThat(proposal.registration().orElseThrow().runningNo()).isEqualTo(first);
    }

    @Test
    void returningForRevisionNeedsAReason() {
        Proposal proposal = ProposalStates.in(ProposalStatus.SUBMITTED, Confirmation.CONFIRMED);
        assertThatThrownBy(() -> proposal.returnForRevision(ACT, " ")).isInstanceOf(Refusals.MissingPart.class);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void filingAnnouncesTheOfficialNumberToTheProposers() {
        Proposal proposal = ProposalStates.in(ProposalStatus.SUBMITTED, Confirmation.CONFIRMED);
        proposal.file(ACT, new Filing(126, "N126", ACT.at()));
        assertThat(proposal.label()).isEqualTo("N126");
        assertThat(proposal.pendingEvents())
                .singleElement()
                .isEqualTo(new ProposalFiled(1, ProposalStates.COMMITTEE, 55, 126, "N126", List.of(LEAD, CO)));
    }

    @Test
    void mergingRefusesItselfAPrimaryThatIsNotAFiledOneAndAPrimaryOfOthers() {
        Proposal child = ProposalStates.in(1, ProposalStatus.FILED, Confirmation.CONFIRMED);
        Proposal assigned = ProposalStates.in(2, ProposalStatus.ASSIGNED, Confirmation.CONFIRMED);
        Proposal filed = ProposalStates.in(3, ProposalStatus.FILED, Confirmation.CONFIRMED);
        assertThatThrownBy(() -> child.mergeInto(ACT, child, false)).isInstanceOf(Refusals.MergeRefused.class);
        assertThatThrownBy(() -> child.mergeInto(ACT, assigned, false)).isInstanceOf(Refusals.MergeRefused.class);
        assertThatThrownBy(() -> child.mergeInto(ACT, filed, true)).isInstanceOf(Refusals.MergeRefused.class);
        assertThat(child.status()).isEqualTo(ProposalStatus.FILED);
        child.mergeInto(ACT, filed, false);
        assertThat(child.mergedInto()).contains(3L);
        assertThat(child.filing()).as("keeps its own number").isPresent();
        assertThat(filed.pendingSteps()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(ProposalAction.MERGE_RECEIVED);
            assertThat(s.relatedProposalId()).isEqualTo(1L);
        });
    }

    @Test
    void aMergedProposalIsAssignedOnlyWithItsPrimary() {
        Proposal merged = ProposalStates.in(ProposalStatus.MERGED, Confirmation.CONFIRMED);
        assertThatThrownBy(() -> merged.assign(ACT, false)).isInstanceOf(Refusals.AssignWithPrimary.class);
        merged.assign(ACT, true);
        assertThat(merged.status()).isEqualTo(ProposalStatus.ASSIGNED);
    }

    @Test
    void closingWithoutAnEvaluationNeedsAReason() {
        Proposal replied = ProposalStates.in(ProposalStatus.REPLIED, Confirmation.CONFIRMED);
        assertThatThrownBy(() -> replied.close(ACT, null)).isInstanceOf(Refusals.MissingPart.class);
        Proposal evaluated = ProposalStates.in(ProposalStatus.EVALUATED, Confirmation.CONFIRMED);
        evaluated.close(ACT, null);
        assertThat(evaluated.status()).isEqualTo(ProposalStatus.CLOSED);
        assertThat(evaluated.closedAt()).isEqualTo(ACT.at());
    }

    @Test
    void rehandlingStartsTheNextRound() {
        Proposal proposal = ProposalStates.in(ProposalStatus.REPLIED, Confirmation.CONFIRMED);
        proposal.openRehandling(ACT, null);
        assertThat(proposal.round()).isEqualTo(2);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.REHANDLING);
    }

    @Test
    void aProposalIsSelectedAsKeyOrGoodOnlyOnce() {
        Proposal proposal = ProposalStates.in(ProposalStatus.REPLIED, Confirmation.CONFIRMED);
        proposal.selectAsKey(ACT, new KeyMark(9L, "leader", "chairs", ACT.at()));
        assertThatThrownBy(() -> proposal.selectAsKey(ACT, new KeyMark(9L, "leader", "again", ACT.at())))
                .isInstanceOf(Refusals.AlreadySelected.class);
        proposal.selectAsGood(ACT, 2022);
        assertThatThrownBy(() -> proposal.selectAsGood(ACT, 2023)).isInstanceOf(Refusals.AlreadySelected.class);
        assertThat(proposal.goodYear()).contains(2022);
        assertThat(proposal.key().orElseThrow().decision()).isEqualTo("chairs");
    }
}
