package org.xieshang.member.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;

/** The roster as spreadsheet rows in {@link RosterColumn} order; every export is audited with what it selected. */
@Service
public class RosterExport {

    /** More than any committee has members; a bound so one export cannot exhaust the server. */
    static final int MAX_ROWS = 20_000;

    private final Members members;
    private final CommitteeCatalogue catalogue;
    private final AuditTrail audit;
    private final MemberTexts texts;

    RosterExport(Members members, CommitteeCatalogue catalogue, AuditTrail audit, MemberTexts texts) {
        this.members = members;
        this.catalogue = catalogue;
        this.audit = audit;
        this.texts = texts;
    }

    public List<String> headers() {
        return RosterColumn.headers(texts);
    }

    @Transactional
    public List<List<Object>> rows(MemberQuery query) {
        MemberQuery scoped = MemberManagement.scoped(query);
        List<Member> found = members.findAll(scoped, MAX_ROWS);
        Map<Long, CommitteeReferences> refs = new HashMap<>();
        List<List<Object>> rows = new ArrayList<>(found.size());
        for (Member m : found) {
            rows.add(row(m, refs.computeIfAbsent(m.committeeId(), catalogue::of)));
        }
        audit.record(
                AuditAction.EXPORT,
                "member",
                null,
                texts.get("member.audit.exported", rows.size()),
                null,
                Map.of("query", scoped, "rows", rows.size()));
        return rows;
    }

    private List<Object> row(Member m, CommitteeReferences refs) {
        List<Object> row = new ArrayList<>(RosterColumn.values().length);
        row.add(m.name());
        row.add(texts.get(m.sex().messageKey()));
        row.add(m.ethnicity());
        row.add(m.birthDate());
        row.add(m.politicalAffiliation());
        row.add(refs.sectorName(m.sectorId()));
        row.add(refs.specialCommitteeName(m.specialCommitteeId()));
        row.add(texts.get(m.standingCommittee() ? "form.yes" : "form.no"));
        row.add(m.employer());
        row.add(m.post());
        row.add(m.mobile());
        row.add(m.email());
        row.add(m.address());
        row.add(m.expertise());
        return row;
    }
}
