package org.xieshang.organisation.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.organisation.domain.TermRules.MeetingNumberTaken;
import org.xieshang.organisation.domain.TermRules.TermNumberTaken;
import org.xieshang.shared.RecordNotFound;
import org.xieshang.shared.StaleRecord;

/** Terms 届 and their plenary meetings 次会议, within the signed-in user's data scope. */
@Service
@Transactional
public class TermManagement {

    private final JdbcClient jdbc;
    private final OrganisationAudit audit;

    TermManagement(JdbcClient jdbc, OrganisationAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The committee's terms, newest first, each with its meetings in order. */
    @Transactional(readOnly = true)
    public List<TermWithMeetings> terms(long committeeId) {
        Scope.requireVisible(committeeId);
        List<Term> terms = jdbc.sql("select * from term where committee_id = ? order by number desc")
                .param(committeeId)
                .query(Term.class)
                .list();
        Map<Long, List<Meeting>> meetings = jdbc
                .sql("select * from meeting where committee_id = ? order by number")
                .param(committeeId)
                .query(Meeting.class)
                .stream()
                .collect(Collectors.groupingBy(Meeting::termId));
        return terms.stream()
                .map(t -> new TermWithMeetings(t, meetings.getOrDefault(t.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Term term(long id) {
        Term term = jdbc.sql("select * from term where id = ?")
                .param(id)
                .query(Term.class)
                .optional()
                .orElseThrow(() -> new RecordNotFound("term", id));
        Scope.requireVisible(term.committeeId());
        return term;
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        Meeting meeting = jdbc.sql("select * from meeting where id = ?")
                .param(id)
                .query(Meeting.class)
                .optional()
                .orElseThrow(() -> new RecordNotFound("meeting", id));
        Scope.requireVisible(meeting.committeeId());
        return meeting;
    }

    public long createTerm(long committeeId, TermDetails details) {
        Scope.requireVisible(committeeId);
        TermRules.checkYears(details.startYear(), details.endYear());
        long id = Unique.or(
                () -> jdbc.sql("insert into term (committee_id, number, start_year, end_year) values (?, ?, ?, ?)"
                                + " returning id")
                        .params(committeeId, details.number(), details.startYear(), details.endYear())
                        .query(Long.class)
                        .single(),
                () -> new TermNumberTaken(details.number()));
        audit.record(AuditAction.CREATE, "term", id, String.valueOf(details.number()), null, details);
        return id;
    }

    public void updateTerm(long id, int version, TermDetails details) {
        Term before = term(id);
        TermRules.checkYearsKeepMeetings(details.startYear(), details.endYear(), meetingsOf(id));
        int updated = Unique.or(
                () -> jdbc.sql("update term set number = ?, start_year = ?, end_year = ?, version = version + 1"
                                + " where id = ? and version = ?")
                        .params(details.number(), details.startYear(), details.endYear(), id, version)
                        .update(),
                () -> new TermNumberTaken(details.number()));
        if (updated == 0) {
            throw new StaleRecord("term", id);
        }
        audit.record(AuditAction.UPDATE, "term", id, String.valueOf(details.number()), before.details(), details);
    }

    public long createMeeting(long termId, MeetingDetails details) {
        Term term = term(termId);
        TermRules.checkMeeting(term.startYear(), term.endYear(), details.openedOn(), details.closedOn());
        long id = Unique.or(
                () -> jdbc.sql("""
                        insert into meeting (committee_id, term_id, number, opened_on, closed_on)
                        values (?, ?, ?, ?, ?) returning id""")
                        .params(term.committeeId(), termId, details.number(), details.openedOn(), details.closedOn())
                        .query(Long.class)
                        .single(),
                () -> new MeetingNumberTaken(details.number()));
        audit.record(AuditAction.CREATE, "meeting", id, label(term, details), null, details);
        return id;
    }

    public void updateMeeting(long id, int version, MeetingDetails details) {
        Meeting before = meeting(id);
        Term term = term(before.termId());
        TermRules.checkMeeting(term.startYear(), term.endYear(), details.openedOn(), details.closedOn());
        int updated = Unique.or(
                () -> jdbc.sql("update meeting set number = ?, opened_on = ?, closed_on = ?, version = version + 1"
                                + " where id = ? and version = ?")
                        .params(details.number(), details.openedOn(), details.closedOn(), id, version)
                        .update(),
                () -> new MeetingNumberTaken(details.number()));
        if (updated == 0) {
            throw new StaleRecord("meeting", id);
        }
        audit.record(AuditAction.UPDATE, "meeting", id, label(term, details), before.details(), details);
    }

    private List<Meeting> meetingsOf(long termId) {
        return jdbc.sql("select * from meeting where term_id = ?")
                .param(termId)
                .query(Meeting.class)
                .list();
    }

    /** "9-2": term and meeting number, which the bundle's audit sentence wraps in its own words. */
    private static String label(Term term, MeetingDetails details) {
        return term.number() + "-" + details.number();
    }
}
