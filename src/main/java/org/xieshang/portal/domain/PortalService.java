package org.xieshang.portal.domain;

import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.HandlingQueries;
import org.xieshang.proposal.ProposalClues;
import org.xieshang.proposal.PublishedReply;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;

/**
 * What the public pages do: read the configured committee's published replies (redacted by the proposal module and
 * once more here, with street addresses too), and take a clue after the rate limit let it through, in one
 * transaction so that a refused or failed clue is not counted.
 */
@Service
public class PortalService {

    private final HandlingQueries handling;
    private final ProposalClues clues;
    private final ClueRateLimit limit;
    private final OrganisationDirectory organisation;
    private final PortalSettings settings;
    private final Redaction redaction;

    PortalService(
            HandlingQueries handling,
            ProposalClues clues,
            ClueRateLimit limit,
            OrganisationDirectory organisation,
            PortalSettings settings,
            MessageSource messages) {
        this.handling = handling;
        this.clues = clues;
        this.limit = limit;
        this.organisation = organisation;
        this.settings = settings;
        this.redaction = PortalConfiguration.redaction(messages);
    }

    /**
     * The committee asked for ({@code ?committee=} on the public pages, for a deployment serving several), or the
     * configured one.
     */
    @Transactional(readOnly = true)
    public CommitteeView committee(Long requested) {
        if (requested != null) {
            return organisation.committee(requested).orElseThrow(() -> new RecordNotFound("committee", requested));
        }
        return organisation
                .committeeByName(settings.committee())
                .orElseThrow(() -> new IllegalStateException("xieshang.portal.committee names no committee"));
    }

    @Transactional(readOnly = true)
    public PageSlice<PublishedReply> replies(long committeeId, String query, Paging paging) {
        return handling.published(committeeId, query, paging).map(this::redacted);
    }

    @Transactional(readOnly = true)
    public Optional<PublishedReply> reply(long committeeId, long replyId) {
        return handling.publishedReply(committeeId, replyId).map(this::redacted);
    }

    /** Counts the clue against the client's and the contact's limits, then hands it to the proposal office. */
    @Transactional
    public long submitClue(long committeeId, String client, ProposalClues.NewClue clue) {
        limit.take(committeeId, client, clue.contact());
        return clues.submit(committeeId, clue);
    }

    private PublishedReply redacted(PublishedReply r) {
        return new PublishedReply(
                r.replyId(),
                r.proposalId(),
                r.committeeId(),
                r.officialNumber(),
                redaction.redact(r.title()),
                r.category(),
                r.unitId(),
                r.unitName(),
                r.replyClass(),
                r.mode(),
                redaction.redact(r.text()),
                r.repliedAt(),
                r.publishedAt());
    }
}
