package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.SignerRole;

/** Builds proposals in any state for the domain tests, without a database. */
final class ProposalStates {

    static final long COMMITTEE = 7;
    static final long LEAD = 101;
    static final long CO = 102;
    static final OffsetDateTime NOW = OffsetDateTime.of(2022, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final Act ACT = new Act(1L, "staff", NOW);
    static final List<String> CATEGORIES = ProposalSettings.DEFAULT_CATEGORIES;

    private ProposalStates() {}

    static ProposalContent content(ProposalKind kind) {
        return new ProposalContent(
                kind,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "title",
                "grounds",
                "suggestions",
                "ECONOMY",
                List.of(),
                true,
                null,
                false,
                null);
    }

    /** A joint proposal of LEAD with co-signer CO ({@code co} is CO's answer), in {@code status}. */
    static Proposal in(ProposalStatus status, Confirmation co) {
        return in(1, status, co);
    }

    static Proposal in(long id, ProposalStatus status, Confirmation co) {
        boolean submitted = status != ProposalStatus.DRAFT;
        boolean filed = status.isFiled();
        ProposalRow row = new ProposalRow(
                id,
                COMMITTEE,
                1,
                status,
                submitted ? 55L : null,
                submitted ? ProposalPeriod.PLENARY : null,
                submitted ? (int) id : null,
                submitted ? NOW : null,
                filed ? (int) id : null,
                filed ? "N" + id : null,
                filed ? NOW : null,
                status == ProposalStatus.MERGED ? 999L : null,
                null,
                status == ProposalStatus.NOT_FILED ? "VAGUE" : null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                false,
                null,
                1,
                null,
                3);
        List<Signer> signers = new ArrayList<>();
        signers.add(Signer.lead(LEAD, NOW));
        signers.add(new Signer(CO, 2, SignerRole.CO_SIGNER, co, NOW, null, LocalDate.of(2022, 3, 17)));
        return new Proposal(row, content(ProposalKind.JOINT), signers);
    }

    static Registration registration() {
        return new Registration(55, ProposalPeriod.PLENARY, 9, NOW);
    }
}
