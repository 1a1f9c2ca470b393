package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.DueItem;

/**
 * What is open with a deadline: replies not yet sent by units in handling (per assignment, its current deadline), and
 * replies the proposer agreed to publish that are not yet published (due 20 working days after the reply).
 */
@Repository
public class DueFinder {

    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    DueFinder(JdbcClient jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** Open items of the committees given (null: all committees, for the scheduled job), earliest first. */
    public List<DueItem> open(Collection<Long> committeeIds, LocalDate today) {
        List<DueItem> items = new ArrayList<>(replies(committeeIds, today));
        items.addAll(disclosures(committeeIds, today));
        items.sort((a, b) -> a.dueOn().compareTo(b.dueOn()));
        return items;
    }

    private List<DueItem> replies(Collection<Long> committeeIds, LocalDate today) {
        String committees = committeeIds == null ? "" : " and p.committee_id = any(?)";
        return jdbc.sql("""
                select a.id, a.proposal_id, p.committee_id, p.official_number, p.title, a.unit_id, a.deadline
                from proposal_assignment a join proposal p on p.id = a.proposal_id
                where a.status <> 'WITHDRAWN' and a.role <> 'CO'
                  and p.status in ('ASSIGNED', 'HANDLING', 'REHANDLING')
                  and not exists (select 1 from proposal_reply r where r.assignment_id = a.id and r.round = a.round
                                  and r.status = 'SUBMITTED')""" + committees)
                .params(params(committeeIds))
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("deadline", LocalDate.class);
                    return new DueItem(
                            DueItem.Kind.REPLY,
                            rs.getLong("proposal_id"),
                            rs.getLong("committee_id"),
                            rs.getString("official_number"),
                            rs.getString("title"),
                            rs.getLong("id"),
                            null,
                            rs.getLong("unit_id"),
                            due,
                            ChronoUnit.DAYS.between(today, due));
                })
                .list();
    }

    private List<DueItem> disclosures(Collection<Long> committeeIds, LocalDate today) {
        String committees = committeeIds == null ? "" : " and p.committee_id = any(?)";
        return jdbc.sql("""
                select r.id, r.proposal_id, p.committee_id, p.official_number, p.title, r.unit_id, r.replied_at
                from proposal_reply r join proposal p on p.id = r.proposal_id
                where r.status = 'SUBMITTED' and r.disclosure_mode is null and p.disclosure_consent""" + committees)
                .params(params(committeeIds))
                .query((rs, n) -> {
                    LocalDate replied = rs.getObject("replied_at", OffsetDateTime.class)
                            .atZoneSameInstant(Act.CHINA)
                            .toLocalDate();
                    LocalDate due = deadlines.disclosure(replied);
                    return new DueItem(
                            DueItem.Kind.DISCLOSURE,
                            rs.getLong("proposal_id"),
                            rs.getLong("committee_id"),
                            rs.getString("official_number"),
                            rs.getString("title"),
                            null,
                            rs.getLong("id"),
                            rs.getLong("unit_id"),
                            due,
                            ChronoUnit.DAYS.between(today, due));
                })
                .list();
    }

    private static Object[] params(Collection<Long> committeeIds) {
        return committeeIds == null ? new Object[0] : new Object[] {committeeIds.toArray(Long[]::new)};
    }
}
