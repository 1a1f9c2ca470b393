package org.xieshang.proposal.demo;

import static org.xieshang.proposal.ProposalAction.EVALUATION_RECORDED;
import static org.xieshang.proposal.ProposalAction.REPLY;
import static org.xieshang.proposal.ProposalAction.REPLY_COUNTERSIGNED;
import static org.xieshang.proposal.ProposalAction.REPLY_PUBLISHED;
import static org.xieshang.proposal.ProposalAction.REPLY_REVIEWED;
import static org.xieshang.proposal.ProposalAction.REPLY_SUBMITTED;
import static org.xieshang.proposal.ProposalAction.SUPERVISION_RECORDED;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.SupervisionKind;

/** Replies (with counter-signatures, review and publication), evaluations and key-proposal supervision. */
final class DemoReplies {

    /** A reply sent, as later steps (evaluation, follow-up) need it. */
    record Sent(long replyId, long unitId, int round, String replyClass) {}

    private final DemoWorld world;
    private final DemoBook book;
    private final Random random;
    private final Map<Long, List<Sent>> sent = new HashMap<>();
    private int documentNo;

    DemoReplies(DemoWorld world, DemoBook book, Random random) {
        this.world = world;
        this.book = book;
        this.random = random;
    }

    /** Mostly A and B, some C. */
    String replyClass() {
        int draw = random.nextInt(100);
        return draw < 56 ? "A" : draw < 93 ? "B" : "C";
    }

    /** A first proposer's rating when it is not 不满意: mostly 满意. */
    String satisfaction() {
        return random.nextInt(100) < 70 ? "SATISFIED" : "BASICALLY_SATISFIED";
    }

    List<Sent> sent(long proposalId) {
        return sent.getOrDefault(proposalId, List.of());
    }

    /** Every replying unit of the current round replies; supervisors review; consented replies are published. */
    OffsetDateTime reply(DemoProposal p, List<DemoUnit> units, OffsetDateTime after, String replyClass, boolean stop) {
        OffsetDateTime at = world.day(after, 25, 50);
        DemoUnit first = units.get(0);
        if (random.nextInt(100) < 10 && world.date(at).isBefore(first.deadline.plusDays(5))) {
            at = world.at(first.deadline.plusDays(5 + random.nextInt(25)));
        }
        List<Object[]> rows = new ArrayList<>();
        for (DemoUnit unit : units) {
            if (!unit.replies() || unit.round != p.round) {
                continue;
            }
            long replyId = book.nextId("proposal_reply");
            if (unit.role.equals("LEAD")) {
                countersign(p, units, replyId, world.day(at, -1, 0));
            }
            p.step(REPLY_SUBMITTED, at, unit.name, null, unit.unitId, null, null);
            rows.add(new Object[] {replyId, unit, at});
            sent.computeIfAbsent(p.id, k -> new ArrayList<>()).add(new Sent(replyId, unit.unitId, p.round, replyClass));
        }
        p.step(REPLY, at, world.staff());
        boolean reviewed = !stop || random.nextBoolean();
        OffsetDateTime reviewedAt = world.day(at, 2, 4);
        OffsetDateTime publishedAt = world.day(reviewedAt, 3, 7);
        boolean publish = reviewed && !stop && p.disclosureConsent;
        for (Object[] row : rows) {
            DemoUnit unit = (DemoUnit) row[1];
            String changedTo = reviewed && random.nextInt(100) < 5 ? (replyClass.equals("A") ? "B" : "A") : null;
            if (reviewed) {
                p.step(
                        REPLY_REVIEWED,
                        reviewedAt,
                        world.supervisor(),
                        changedTo == null ? null : world.texts().first("review-reason"),
                        unit.unitId,
                        null,
                        null);
            }
            book.replies.add(
                    (Long) row[0],
                    world.committeeId(),
                    p.id,
                    unit.assignmentId,
                    unit.unitId,
                    p.round,
                    "SUBMITTED",
                    replyClass,
                    world.texts().letter(),
                    documentNumber(at),
                    world.texts().any("signer"),
                    world.day(at, -3, 0),
                    at,
                    !reviewed ? "PENDING" : changedTo == null ? "APPROVED" : "CLASS_CHANGED",
                    changedTo,
                    changedTo == null ? null : world.texts().first("review-reason"),
                    reviewed ? world.supervisor() : null,
                    reviewed ? reviewedAt : null,
                    stop ? null : publish ? "FULL" : "NONE",
                    publish ? publishedAt : null);
            if (publish) {
                p.step(REPLY_PUBLISHED, publishedAt, world.staff(), null, unit.unitId, null, null);
            }
        }
        return publish ? publishedAt : reviewedAt;
    }

    private void countersign(DemoProposal p, List<DemoUnit> units, long replyId, OffsetDateTime at) {
        for (DemoUnit co : units) {
            if (!co.replies()) {
                book.countersigns.add(world.committeeId(), replyId, co.assignmentId, co.unitId, at);
                p.step(REPLY_COUNTERSIGNED, at, co.name, null, co.unitId, null, null);
            }
        }
    }

    private String documentNumber(OffsetDateTime at) {
        return MessageFormat.format(
                world.texts().first("document"),
                String.valueOf(world.date(at).getYear()),
                String.valueOf(++documentNo));
    }

    /** Every signer (or, for a collective proposal, the staff on paper) rates every reply of the current round. */
    OffsetDateTime evaluate(DemoProposal p, List<DemoUnit> units, OffsetDateTime after, String leadRating) {
        OffsetDateTime at = world.day(after, 5, 15);
        List<Long> raters = p.signers.isEmpty() ? Collections.singletonList(null) : p.signers;
        for (Sent reply : sent(p.id)) {
            if (reply.round() != p.round) {
                continue;
            }
            for (int i = 0; i < raters.size(); i++) {
                String rating = i == 0 || leadRating.equals("DISSATISFIED") ? leadRating : satisfaction();
                Long member = raters.get(i);
                book.evaluations.add(
                        world.committeeId(),
                        p.id,
                        reply.replyId(),
                        p.round,
                        member,
                        i == 0,
                        rating,
                        !rating.equals("DISSATISFIED"),
                        form(rating, 0),
                        form(rating, 1),
                        form(rating, 2),
                        form(rating, 3),
                        world.texts().any(rating.equals("DISSATISFIED") ? "comment-bad" : "comment"),
                        member == null,
                        at);
                p.step(EVALUATION_RECORDED, at, world.memberName(member), null, reply.unitId(), member, null);
            }
        }
        return at;
    }

    /** The structured form, consistent with the rating: contact method, attitude, pertinence, agreement. */
    private String form(String rating, int field) {
        String[][] answers = rating.equals("SATISFIED")
                ? new String[][] {{"VISIT", "PHONE"}, {"SATISFIED"}, {"ON_POINT"}, {"AGREE"}}
                : rating.equals("BASICALLY_SATISFIED")
                        ? new String[][] {{"PHONE", "OTHER"}, {"SATISFIED", "UNDERSTANDING"}, {"MOSTLY"}, {"UNDERSTAND"}
                        }
                        : new String[][] {{"NONE"}, {"UNDERSTANDING", "DISSATISFIED"}, {"NOT_ON_POINT"}, {"DISAGREE"}};
        String[] options = answers[field];
        return options[random.nextInt(options.length)];
    }

    /** One to three supervision events led by the supervising leader, with the parties present. */
    OffsetDateTime supervise(DemoProposal p, OffsetDateTime after) {
        OffsetDateTime at = after;
        int events = 1 + random.nextInt(3);
        for (int i = 0; i < events; i++) {
            at = world.day(at, 10, 15);
            SupervisionKind kind = SupervisionKind.values()[random.nextInt(SupervisionKind.values().length)];
            List<String> parties = new ArrayList<>(ProposalSettings.DEFAULT_SUPERVISION_PARTIES);
            Collections.shuffle(parties.subList(2, parties.size()), random);
            List<String> present = parties.subList(0, 3 + random.nextInt(parties.size() - 2));
            String attendees = String.join(
                    world.texts().first("list-separator"),
                    p.unitIds.stream().map(world::unitName).toList());
            book.supervisions.add(
                    world.committeeId(),
                    p.id,
                    kind.name(),
                    world.date(at),
                    world.texts().any("supervision-place"),
                    "{" + String.join(",", present) + "}",
                    attendees,
                    String.join("", world.texts().some("minutes", 2)),
                    at);
            p.step(SUPERVISION_RECORDED, at, p.keyLeader, kind.name(), null, null, null);
        }
        return at;
    }
}
