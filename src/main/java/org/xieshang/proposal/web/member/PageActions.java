package org.xieshang.proposal.web.member;

import java.util.Optional;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.SignerRole;
import org.xieshang.shared.Actor;

/**
 * The buttons the signed-in user may use on a proposal page: the transition table ({@link ProposalAction}) decides
 * from which states a step may be taken, the user's permissions and their place among the signers decide who.
 */
public record PageActions(
        boolean edit,
        boolean submit,
        boolean reopen,
        boolean withdraw,
        boolean answerCoSignature,
        boolean evaluate,
        boolean review,
        boolean merge,
        boolean assign,
        boolean selectKey,
        boolean selectGood) {

    public static PageActions of(Actor actor, ProposalDetails details) {
        ProposalStatus status = details.summary().status();
        Optional<ProposalDetails.Signer> me = actor.memberId()
                .flatMap(id -> details.signers().stream()
                        .filter(s -> s.memberId() == id)
                        .findFirst());
        boolean lead = me.map(s -> s.role() == SignerRole.LEAD).orElse(false) && actor.hasPermission("proposal:submit");
        boolean pending = me.map(s -> s.confirmation() == Confirmation.PENDING).orElse(false);
        boolean confirmed =
                me.map(s -> s.confirmation() == Confirmation.CONFIRMED).orElse(false);
        return new PageActions(
                lead && ProposalAction.EDIT.allowedFrom(status),
                lead && ProposalAction.SUBMIT.allowedFrom(status),
                lead && ProposalAction.REOPEN.allowedFrom(status),
                lead && ProposalAction.WITHDRAW.allowedFrom(status),
                pending && ProposalAction.CO_SIGNATURE_CONFIRMED.allowedFrom(status),
                confirmed
                        && actor.hasPermission("proposal:evaluate")
                        && ProposalAction.EVALUATION_RECORDED.allowedFrom(status),
                actor.hasPermission("proposal:review") && ProposalAction.FILE.allowedFrom(status),
                actor.hasPermission("proposal:review") && ProposalAction.MERGE.allowedFrom(status),
                actor.hasPermission("proposal:assign") && status == ProposalStatus.FILED,
                actor.hasPermission("proposal:key")
                        && !details.marks().keyProposal()
                        && ProposalAction.KEY_SELECTED.allowedFrom(status),
                actor.hasPermission("proposal:key")
                        && !details.marks().goodProposal()
                        && ProposalAction.GOOD_SELECTED.allowedFrom(status));
    }

    public boolean any() {
        return edit || submit || reopen || withdraw || answerCoSignature || evaluate;
    }
}
