package org.xieshang.proposal.web.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.web.member.ProposalNames;
import org.xieshang.shared.Actor;

/** The Excel export the staff lists share: the core's filtered list, one row per proposal, audited. */
@Component
class ProposalListing {

    private final ProposalQueries queries;
    private final ProposalNames names;
    private final AuditTrail audit;

    ProposalListing(ProposalQueries queries, ProposalNames names, AuditTrail audit) {
        this.queries = queries;
        this.names = names;
        this.audit = audit;
    }

    void export(HttpServletResponse response, String fileKey, ProposalFilter filter) throws IOException {
        Map<Long, String> meetings = names.meetingNames(Actor.required().committeeId());
        audit.record(AuditAction.EXPORT, "proposal", null, names.text(fileKey), filter, null);
        List<String> headers = Stream.of(
                        "runningNo", "officialNumber", "title", "kind", "category", "status", "meeting", "submittedAt")
                .map(h -> names.text("proposal.pages.column." + h))
                .toList();
        Spreadsheet.download(
                response,
                names.text(fileKey),
                names.text("proposal.pages.mine.sheet"),
                headers,
                sink -> queries.forEach(
                        filter,
                        p -> sink.row(Arrays.asList(
                                p.runningNo(),
                                p.officialNumber(),
                                p.title(),
                                names.label("proposal.kind.", p.kind()),
                                names.code("proposal.category.", p.category()),
                                names.label("proposal.status.", p.status()),
                                p.meetingId() == null ? "" : meetings.get(p.meetingId()),
                                p.submittedAt()))));
    }
}
