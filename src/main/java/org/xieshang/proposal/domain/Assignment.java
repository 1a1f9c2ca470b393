package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.xieshang.proposal.AssignmentRole;
import org.xieshang.proposal.AssignmentStatus;

/**
 * A unit's assignment to a proposal, as stored, with the rules on it. The unit accepts or contests until
 * {@code contestUntil}; after that the assignment is locked even if the unit said nothing.
 */
public record Assignment(
        long id,
        long committeeId,
        long proposalId,
        long unitId,
        AssignmentRole role,
        AssignmentStatus status,
        String batch,
        OffsetDateTime assignedAt,
        Long assignedBy,
        LocalDate contestUntil,
        OffsetDateTime acceptedAt,
        OffsetDateTime lockedAt,
        OffsetDateTime contestedAt,
        String contestReason,
        String resolutionReason,
        Long replacedBy,
        LocalDate deadline,
        LocalDate originalDeadline,
        LocalDate extensionUntil,
        String extensionReason,
        OffsetDateTime extensionRequestedAt,
        Long extensionDecidedBy,
        String extensionDecidedByName,
        OffsetDateTime extensionDecidedAt,
        Boolean extensionApproved,
        int round,
        int version) {

    public boolean active() {
        return status != AssignmentStatus.WITHDRAWN;
    }

    /** Accepted, or left pending past the window: the unit can no longer contest it. */
    public boolean settled(LocalDate today) {
        return status == AssignmentStatus.ACCEPTED
                || (status == AssignmentStatus.PENDING && today.isAfter(contestUntil));
    }

    public void checkAccept() {
        if (status != AssignmentStatus.PENDING) {
            throw new Refusals.AssignmentNotInState(status);
        }
    }

    public void checkContest(LocalDate today) {
        if (status != AssignmentStatus.PENDING) {
            throw new Refusals.AssignmentNotInState(status);
        }
        if (today.isAfter(contestUntil)) {
            throw new Refusals.ContestWindowClosed(contestUntil);
        }
    }

    /** Staff answer a contest: re-assign or keep. */
    public void checkContested() {
        if (status != AssignmentStatus.CONTESTED) {
            throw new Refusals.AssignmentNotInState(status);
        }
    }

    public void checkExtensionRequest(LocalDate until, LocalDate latest) {
        if (status == AssignmentStatus.WITHDRAWN || status == AssignmentStatus.CONTESTED) {
            throw new Refusals.AssignmentNotInState(status);
        }
        if (!until.isAfter(deadline)) {
            throw new Refusals.ExtensionNotLater(deadline);
        }
        if (until.isAfter(latest)) {
            throw new Refusals.ExtensionBeyondLimit(latest);
        }
    }

    public boolean extensionPending() {
        return extensionRequestedAt != null && extensionApproved == null;
    }

    public void checkExtensionDecision() {
        if (!extensionPending()) {
            throw new Refusals.NoExtensionRequested();
        }
    }

    public LocalDate assignedOn() {
        return assignedAt.atZoneSameInstant(Act.CHINA).toLocalDate();
    }
}
