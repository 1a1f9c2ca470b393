package org.xieshang.proposal.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One unit's assignment of a demo proposal while its history is generated; written once the history is done. */
final class DemoUnit {

    final long assignmentId;
    final long unitId;
    final String name;
    final String role;
    final OffsetDateTime assignedAt;
    LocalDate contestUntil;
    LocalDate deadline;
    LocalDate originalDeadline;
    OffsetDateTime acceptedAt;
    boolean accepted;
    int round = 1;

    DemoUnit(long assignmentId, long unitId, String name, String role, OffsetDateTime assignedAt) {
        this.assignmentId = assignmentId;
        this.unitId = unitId;
        this.name = name;
        this.role = role;
        this.assignedAt = assignedAt;
    }

    boolean replies() {
        return !role.equals("CO");
    }

    void write(DemoBook book, long committeeId, long proposalId, String batch) {
        book.assignments.add(
                assignmentId,
                committeeId,
                proposalId,
                unitId,
                role,
                accepted ? "ACCEPTED" : "PENDING",
                batch,
                assignedAt,
                contestUntil,
                acceptedAt,
                null,
                deadline,
                originalDeadline,
                round);
    }
}
