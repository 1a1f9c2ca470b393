package org.xieshang.proposal;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.domain.AssignmentFinder;
import org.xieshang.proposal.domain.ContactRedactor;
import org.xieshang.proposal.domain.PublishedReplyFinder;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * Lists around handling: a unit's inbox of assignments (to accept or contest, to counter-sign, replies due), the
 * office's assignment list, and the replies published on the public page (readable without signing in).
 */
@Service
@Transactional(readOnly = true)
public class HandlingQueries {

    private final AssignmentFinder assignments;
    private final PublishedReplyFinder published;
    private final ContactRedactor redactor;
    private final OrganisationDirectory organisation;

    HandlingQueries(
            AssignmentFinder assignments,
            PublishedReplyFinder published,
            ContactRedactor redactor,
            OrganisationDirectory organisation) {
        this.assignments = assignments;
        this.published = published;
        this.redactor = redactor;
        this.organisation = organisation;
    }

    /** The signed-in unit's assignments, or (for the office) the committee's; {@code open}: still in handling. */
    public PageSlice<AssignmentSummary> assignments(AssignmentStatus status, boolean open, Paging paging) {
        return assignments.find(Actor.required(), status, open, paging);
    }

    /** The committee's published replies, newest first, with contacts redacted. No one need be signed in. */
    public PageSlice<PublishedReply> published(long committeeId, Paging paging) {
        return published(committeeId, null, paging);
    }

    /** As {@link #published(long, Paging)}, only those whose title or official number contains {@code query}. */
    public PageSlice<PublishedReply> published(long committeeId, String query, Paging paging) {
        Map<Long, String> units = unitNames(committeeId);
        return published.find(committeeId, query, paging).map(r -> redacted(r, units));
    }

    /** One published reply of the committee (redacted), or empty when it is not published there. */
    public Optional<PublishedReply> publishedReply(long committeeId, long replyId) {
        return published.findOne(committeeId, replyId).map(r -> redacted(r, unitNames(committeeId)));
    }

    private Map<Long, String> unitNames(long committeeId) {
        return organisation.handlingUnits(committeeId).stream().collect(Collectors.toMap(NamedRef::id, NamedRef::name));
    }

    private PublishedReply redacted(PublishedReply r, Map<Long, String> units) {
        return new PublishedReply(
                r.replyId(),
                r.proposalId(),
                r.committeeId(),
                r.officialNumber(),
                r.title(),
                r.category(),
                r.unitId(),
                units.get(r.unitId()),
                r.replyClass(),
                r.mode(),
                redactor.redact(r.text()),
                r.repliedAt(),
                r.publishedAt());
    }
}
