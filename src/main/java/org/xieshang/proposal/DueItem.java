package org.xieshang.proposal;

import java.time.LocalDate;

/**
 * Something with a deadline: a unit's reply ({@code REPLY}, per assignment) or the publication of a reply
 * ({@code DISCLOSURE}). {@code daysLeft} is negative when overdue. Member ids are the proposers to tell, unit id the
 * unit that must act (for disclosure, the unit that replied; the proposal office publishes).
 */
public record DueItem(
        Kind kind,
        long proposalId,
        long committeeId,
        String officialNumber,
        String title,
        Long assignmentId,
        Long replyId,
        Long unitId,
        LocalDate dueOn,
        long daysLeft) {

    public enum Kind {
        REPLY,
        DISCLOSURE
    }

    public boolean overdue() {
        return daysLeft < 0;
    }
}
