package org.xieshang.proposal.demo;

import static org.xieshang.proposal.ProposalAction.CONVERSION_LINKED;
import static org.xieshang.proposal.ProposalAction.CO_SIGNATURE_CONFIRMED;
import static org.xieshang.proposal.ProposalAction.CO_SIGNER_INVITED;
import static org.xieshang.proposal.ProposalAction.CREATE;
import static org.xieshang.proposal.ProposalAction.FILE;
import static org.xieshang.proposal.ProposalAction.NOT_FILE;
import static org.xieshang.proposal.ProposalAction.RETURN;
import static org.xieshang.proposal.ProposalAction.SUBMIT;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.xieshang.member.MemberSummary;
import org.xieshang.organisation.MeetingView;
import org.xieshang.proposal.Conversion;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalPeriod;

/**
 * From the plan's slots to submitted and reviewed proposals: when each was written (plenary proposals around the
 * meeting, intersession ones in the months after), by whom, about what, and the staff's decision (file, return, not
 * file with a reason code and perhaps a conversion). Running numbers follow the order of submission.
 */
final class DemoIntake {

    /** What review did with a proposal. */
    enum Fate {
        PENDING,
        RETURNED,
        NOT_FILED,
        FILED
    }

    /** One proposal to make: its kind, who proposes it collectively (if so), its fate, whether it becomes key. */
    static final class Slot {
        final ProposalKind kind;
        final String collectiveType;
        final Long organisationId;
        final Fate fate;
        final boolean key;
        MeetingView meeting;
        ProposalPeriod period;
        OffsetDateTime submittedAt;
        Long lead;

        Slot(ProposalKind kind, String collectiveType, Long organisationId, Fate fate, boolean key) {
            this.kind = kind;
            this.collectiveType = collectiveType;
            this.organisationId = organisationId;
            this.fate = fate;
            this.key = key;
        }
    }

    private static final List<String> NOT_FILED_REASONS = List.of(
            "PERSONAL",
            "PERSONAL",
            "VAGUE",
            "VAGUE",
            "VAGUE",
            "ACADEMIC",
            "IN_LITIGATION",
            "ADVERTISING",
            "NAMED_REPORT",
            "PARTY_INTERNAL");

    private final DemoWorld world;
    private final DemoBook book;
    private final Random random;
    private final List<DemoProposal.Transition> transitions;

    DemoIntake(DemoWorld world, DemoBook book, List<DemoProposal.Transition> transitions) {
        this.world = world;
        this.book = book;
        this.random = world.random();
        this.transitions = transitions;
    }

    /** Dates the slots, orders them by submission and makes each proposal up to the review decision. */
    List<DemoProposal> make(List<Slot> slots) {
        slots.forEach(this::date);
        slots.sort((a, b) -> a.submittedAt.compareTo(b.submittedAt));
        List<DemoProposal> made = new ArrayList<>();
        for (Slot slot : slots) {
            DemoProposal p = propose(slot, book.nextId("proposal"));
            p.runningNo = made.size() + 1;
            review(p, slot);
            made.add(p);
        }
        return made;
    }

    /** Pending ones are the latest intersession proposals of meeting 2; the rest spread over both meetings. */
    private void date(Slot slot) {
        boolean second = slot.fate == Fate.PENDING || random.nextInt(100) < 45;
        slot.meeting = world.meetings().get(second ? 1 : 0);
        boolean plenary = slot.fate != Fate.PENDING && random.nextInt(100) < 70;
        slot.period = plenary ? ProposalPeriod.PLENARY : ProposalPeriod.INTERSESSION;
        if (plenary) {
            slot.submittedAt = world.at(slot.meeting.openedOn().minusDays(12 - random.nextInt(15)));
        } else if (slot.fate == Fate.PENDING) {
            slot.submittedAt = world.at(slot.meeting.closedOn().plusDays(300 + random.nextInt(40)));
        } else {
            slot.submittedAt = world.at(slot.meeting.closedOn().plusDays(20 + random.nextInt(300)));
        }
    }

    private DemoProposal propose(Slot slot, long id) {
        List<DemoTexts.Topic> topics = world.texts().topics();
        DemoProposal p = new DemoProposal(
                id, slot.meeting, slot.period, slot.kind, topics.get(random.nextInt(topics.size())), transitions);
        write(p);
        p.createdAt = world.day(slot.submittedAt, -6, 2);
        p.submittedAt = slot.submittedAt;
        p.disclosureConsent = random.nextInt(100) < 88;
        if (slot.kind == ProposalKind.COLLECTIVE) {
            collective(p, slot);
        } else {
            sign(p, slot);
        }
        p.step(SUBMIT, p.submittedAt, world.memberName(p.lead()));
        return p;
    }

    void write(DemoProposal p) {
        p.title = world.texts().title(p.topic);
        p.grounds = world.texts().grounds(p.topic);
        p.suggestions = world.texts().suggestions();
    }

    private void collective(DemoProposal p, Slot slot) {
        p.collectiveType = slot.collectiveType;
        switch (slot.collectiveType) {
            case "SECTOR" -> p.sectorId = slot.organisationId;
            case "SPECIAL_COMMITTEE" -> p.specialCommitteeId = slot.organisationId;
            case "GROUP" -> p.groupName = world.texts().any("group");
            default -> p.partyId = slot.organisationId;
        }
        p.contactName = world.texts().any("signer");
        p.step(CREATE, p.createdAt, world.staff());
    }

    private void sign(DemoProposal p, Slot slot) {
        List<MemberSummary> members = world.members();
        p.signers.add(
                slot.lead != null
                        ? slot.lead
                        : members.get(random.nextInt(members.size())).id());
        p.step(CREATE, p.createdAt, world.memberName(p.lead()), null, null, p.lead(), null);
        signer(p, p.lead(), 1, p.createdAt, null);
        if (slot.kind != ProposalKind.JOINT) {
            return;
        }
        List<MemberSummary> others = new ArrayList<>(members.subList(0, Math.min(members.size(), 400)));
        Collections.shuffle(others, random);
        int count = 2 + random.nextInt(3);
        for (MemberSummary co : others) {
            if (p.signers.size() > count) {
                break;
            }
            if (p.signers.contains(co.id())) {
                continue;
            }
            p.signers.add(co.id());
            OffsetDateTime confirmed = world.day(p.createdAt, 1, 2);
            p.step(CO_SIGNER_INVITED, p.createdAt, world.memberName(p.lead()), null, null, co.id(), null);
            p.step(CO_SIGNATURE_CONFIRMED, confirmed, co.name(), null, null, co.id(), null);
            signer(p, co.id(), p.signers.size(), p.createdAt, confirmed);
        }
    }

    private void signer(DemoProposal p, long memberId, int position, OffsetDateTime invited, OffsetDateTime answered) {
        boolean lead = position == 1;
        book.signers.add(
                world.committeeId(),
                p.id,
                memberId,
                position,
                lead ? "LEAD" : "CO_SIGNER",
                "CONFIRMED",
                invited,
                lead ? invited : answered,
                lead ? null : world.date(invited).plusDays(7));
    }

    /** Plenary proposals are reviewed just after the meeting closes, intersession ones within a few weeks. */
    private void review(DemoProposal p, Slot slot) {
        if (slot.fate == Fate.PENDING) {
            return;
        }
        OffsetDateTime at = p.period == ProposalPeriod.PLENARY
                ? world.at(p.meeting.closedOn().plusDays(3 + random.nextInt(8)))
                : world.day(p.submittedAt, 5, 15);
        switch (slot.fate) {
            case RETURNED -> {
                p.returnReason = world.texts().any("return");
                p.step(RETURN, at, world.staff(), p.returnReason, null, null, null);
            }
            case NOT_FILED -> notFile(p, at);
            default -> {
                p.filedAt = at;
                p.key = slot.key;
                p.step(FILE, at, world.staff());
            }
        }
    }

    private void notFile(DemoProposal p, OffsetDateTime at) {
        p.notFiledReason = NOT_FILED_REASONS.get(random.nextInt(NOT_FILED_REASONS.size()));
        p.notFiledNote = world.texts().any("not-filed-note");
        p.step(NOT_FILE, at, world.staff(), p.notFiledReason, null, null, null);
        if (random.nextInt(100) < 60) {
            int kind = random.nextInt(3);
            p.conversion = List.of(Conversion.PUBLIC_OPINION, Conversion.OPINION_SUGGESTION, Conversion.MEMBER_LETTER)
                    .get(kind)
                    .name();
            if (random.nextBoolean()) {
                OffsetDateTime linked = world.day(at, 10, 10);
                String pattern = world.texts().nth("conversion", kind);
                p.conversionRef = MessageFormat.format(
                        pattern, String.valueOf(world.date(linked).getYear()), String.valueOf(1 + random.nextInt(60)));
                p.step(CONVERSION_LINKED, linked, world.staff(), p.conversionRef, null, null, null);
            }
        }
    }
}
