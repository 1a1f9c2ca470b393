package org.xieshang.opinion.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.PersonType;
import org.xieshang.shared.Actor;

/**
 * What reports a user may see: only in the committees of their data scope; staff and leaders (who edit, manage or
 * read the statistics) see all of them there, anyone else only the reports they created or are named on. A draft is
 * seen by its creator alone.
 */
public record ReportScope(Set<Long> committees, boolean wholeCommittee, long userId, Long memberId) {

    public static ReportScope of(Actor actor) {
        boolean whole = actor.hasPermission("opinion:manage")
                || actor.hasPermission("opinion:edit")
                || actor.hasPermission("opinion:statistics");
        return new ReportScope(
                actor.visibleCommitteeIds(),
                whole,
                actor.userId(),
                actor.memberId().orElse(null));
    }

    public static ReportScope current() {
        return of(Actor.required());
    }

    public boolean sees(ReportRow r, List<ReportPersonRow> persons) {
        if (!committees.contains(r.committeeId())) {
            return false;
        }
        boolean creator = Objects.equals(r.createdBy(), userId);
        if (r.state() == OpinionState.DRAFT) {
            return creator;
        }
        return wholeCommittee || creator || persons.stream().anyMatch(this::isMe);
    }

    private boolean isMe(ReportPersonRow p) {
        return (p.personType() == PersonType.MEMBER && Objects.equals(p.personId(), memberId))
                || (p.personType() == PersonType.USER && Objects.equals(p.personId(), userId));
    }

    /** The same rule in SQL over {@code opinion_report r}; parameters in the order of {@link #sqlParams()}. */
    public String sql() {
        return """
                r.committee_id = any(?) and (r.state <> 'DRAFT' or r.created_by = ?)
                and (? or r.created_by = ? or exists (select 1 from opinion_report_person p where p.report_id = r.id
                     and ((p.person_type = 'MEMBER' and p.person_id = ?) or (p.person_type = 'USER'
                          and p.person_id = ?))))""";
    }

    public List<Object> sqlParams() {
        return List.of(
                committees.toArray(Long[]::new),
                userId,
                wholeCommittee,
                userId,
                memberId == null ? -1L : memberId,
                userId);
    }
}
