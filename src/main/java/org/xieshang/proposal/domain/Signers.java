package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.SignerRole;

/**
 * The signers of a proposal: the first proposer at position 1, then the co-signers in the order the proposer lists
 * them. Keeps the rules of the list; the proposal records the steps and events.
 */
final class Signers {

    private final List<Signer> list;

    Signers(List<Signer> signers) {
        this.list = new ArrayList<>(signers);
    }

    /** What a new list of co-signers changed. */
    record Changes(List<Long> removed, List<Long> invited) {}

    Long leadMemberId() {
        return list.isEmpty() ? null : list.get(0).memberId();
    }

    Optional<Signer> find(long memberId) {
        return list.stream().filter(s -> s.memberId() == memberId).findFirst();
    }

    /** Keeps the co-signers still listed (with their answers), invites the new ones, and orders them as listed. */
    Changes sync(List<Long> coSignerIds, Act act, LocalDate deadline) {
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(coSignerIds));
        wanted.remove(leadMemberId());
        List<Long> removed = new ArrayList<>();
        List<Long> invited = new ArrayList<>();
        List<Signer> ordered = new ArrayList<>(list.subList(0, 1));
        for (Signer signer : list) {
            if (signer.role() == SignerRole.CO_SIGNER && !wanted.contains(signer.memberId())) {
                removed.add(signer.memberId());
            }
        }
        for (Long memberId : wanted) {
            Signer signer = find(memberId).orElse(null);
            if (signer == null) {
                invited.add(memberId);
                signer = Signer.invited(memberId, 0, act.at(), deadline);
            }
            ordered.add(signer.at(ordered.size() + 1));
        }
        list.clear();
        list.addAll(ordered);
        return new Changes(removed, invited);
    }

    /** A co-signer's answer: only from an invited co-signer, once, and not after the deadline. */
    void answer(long memberId, Confirmation answer, Act act) {
        Signer signer =
                find(memberId).filter(s -> s.role() == SignerRole.CO_SIGNER).orElseThrow(Refusals.NotACoSigner::new);
        if (signer.confirmation() != Confirmation.PENDING) {
            throw new Refusals.CoSignatureAlreadyAnswered();
        }
        if (signer.deadline() != null && act.day().isAfter(signer.deadline())) {
            throw new Refusals.CoSignDeadlinePassed(signer.deadline());
        }
        list.set(list.indexOf(signer), signer.answered(answer, act.at()));
    }

    long coSigners() {
        return list.stream().filter(s -> s.role() == SignerRole.CO_SIGNER).count();
    }

    /** Signers who have not confirmed (pending, or declined and not yet removed). */
    long unconfirmed() {
        return list.stream().filter(s -> !s.confirmed()).count();
    }

    List<Long> confirmedIds() {
        return list.stream().filter(Signer::confirmed).map(Signer::memberId).toList();
    }

    List<Signer> list() {
        return List.copyOf(list);
    }
}
