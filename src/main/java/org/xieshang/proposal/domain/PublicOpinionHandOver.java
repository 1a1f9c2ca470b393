package org.xieshang.proposal.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xieshang.opinion.OpinionCatalogue;
import org.xieshang.opinion.OpinionSubmission;
import org.xieshang.opinion.OriginType;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.ReportContent;
import org.xieshang.opinion.ReportOrigin;
import org.xieshang.opinion.ReportPerson;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.proposal.CollectiveProposer;
import org.xieshang.proposal.ProposalKind;

/**
 * Hands a proposal that is not filed and converted to 社情民意信息 to the information office: the proposal's text becomes
 * a submitted report of the same committee, with the proposal as its origin, in the transaction that records the
 * decision — so a proposal is never "converted" into nothing, and the office edits it like any other report.
 */
@Component
public class PublicOpinionHandOver {

    /** 五位一体 proposal categories without a same-named report category; the rest keep their code or become OTHER. */
    private static final Map<String, String> CATEGORY = Map.of("SOCIETY", "GOVERNANCE", "POLITICS", "UNITED_FRONT");

    private static final String OTHER = "OTHER";

    private final OpinionSubmission submission;
    private final OpinionCatalogue catalogue;

    PublicOpinionHandOver(OpinionSubmission submission, OpinionCatalogue catalogue) {
        this.submission = submission;
        this.catalogue = catalogue;
    }

    /** Creates the report and returns its serial number, the reference the proposal keeps. */
    public String handOver(Proposal proposal) {
        ProposalContent c = proposal.content();
        ReportContent report = new ReportContent(
                c.title(),
                c.grounds(),
                "",
                c.suggestions(),
                category(proposal.committeeId(), c.category()),
                submitterType(c),
                partyOrganisation(c),
                c.kind() == ProposalKind.COLLECTIVE && c.collectiveProposer() == CollectiveProposer.SPECIAL_COMMITTEE
                        ? c.specialCommitteeId()
                        : null,
                persons(proposal));
        return submission
                .receiveConverted(proposal.committeeId(), report, new ReportOrigin(OriginType.PROPOSAL, proposal.id()))
                .serialNumber();
    }

    private String category(long committeeId, String proposalCategory) {
        Set<String> codes = catalogue.categoryCodes(committeeId);
        String mapped = CATEGORY.getOrDefault(proposalCategory, proposalCategory);
        return codes.contains(mapped) ? mapped : OTHER;
    }

    /** Parties, organisations and special committees keep their name on the report; members are its authors. */
    private static SubmitterType submitterType(ProposalContent c) {
        if (c.kind() != ProposalKind.COLLECTIVE || c.collectiveProposer() == null) {
            return SubmitterType.MEMBER;
        }
        switch (c.collectiveProposer()) {
            case PARTY -> {
                return SubmitterType.PARTY;
            }
            case ORGANISATION -> {
                return SubmitterType.ORGANISATION;
            }
            case SPECIAL_COMMITTEE -> {
                return SubmitterType.SPECIAL_COMMITTEE;
            }
            default -> {
                return SubmitterType.MEMBER;
            }
        }
    }

    private static Long partyOrganisation(ProposalContent c) {
        SubmitterType type = submitterType(c);
        return type == SubmitterType.PARTY || type == SubmitterType.ORGANISATION ? c.partyOrganisationId() : null;
    }

    /** The confirmed proposers, as members sharing the report's points equally. */
    private static List<ReportPerson> persons(Proposal proposal) {
        return proposal.proposerMemberIds().stream()
                .map(id -> new ReportPerson(PersonType.MEMBER, id, null, null))
                .toList();
    }
}
