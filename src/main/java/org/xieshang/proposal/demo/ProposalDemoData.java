package org.xieshang.proposal.demo;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xieshang.member.MemberDirectory;
import org.xieshang.member.MemberSummary;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.platform.DemoDataset;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.domain.Deadlines;
import org.xieshang.proposal.domain.ProposalNumbers;

/**
 * The demo proposals of 泸州市政协 since 九届一次会议: 520 collected, 415 filed, 16 key; 46 collective proposals from
 * the democratic parties and 工商联, 7 of them key (issue 3, item 15). The plan ({@link DemoPlan}) fixes those figures;
 * the intake and handling helpers give each proposal a history the state machine allows, written with batch SQL into
 * the module's tables (the services would take minutes for ~15,000 rows). Skipped when the committee is absent.
 */
@Component
class ProposalDemoData implements DemoDataset {

    private static final Logger log = LoggerFactory.getLogger(ProposalDemoData.class);
    private static final long SEED = 20_220_105L;

    private final OrganisationDirectory organisation;
    private final MemberDirectory members;
    private final JdbcTemplate jdbc;
    private final Deadlines deadlines;
    private final ProposalNumbers numbers;
    private final MessageSource messages;

    ProposalDemoData(
            OrganisationDirectory organisation,
            MemberDirectory members,
            JdbcTemplate jdbc,
            Deadlines deadlines,
            ProposalNumbers numbers,
            MessageSource messages) {
        this.organisation = organisation;
        this.members = members;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.numbers = numbers;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load() {
        Random random = new Random(SEED);
        DemoTexts texts = DemoTexts.load(random);
        organisation
                .committeeByName(texts.first("committee"))
                .flatMap(c -> world(c, texts, random))
                .ifPresent(this::generate);
    }

    private Optional<DemoWorld> world(CommitteeView committee, DemoTexts texts, Random random) {
        List<MeetingView> meetings = organisation.meetings(committee.id()).stream()
                .filter(m -> m.termNumber() == 9 && m.number() <= 2)
                .sorted(Comparator.comparingInt(MeetingView::number))
                .toList();
        List<MemberSummary> roster = members.list(committee.id(), 10_000);
        List<NamedRef> units = organisation.handlingUnits(committee.id());
        if (meetings.size() < 2 || roster.size() < 10 || units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DemoWorld(
                committee.id(),
                meetings,
                roster,
                roster.stream().collect(Collectors.toMap(MemberSummary::id, MemberSummary::name)),
                units,
                units.stream().collect(Collectors.toMap(NamedRef::id, NamedRef::name)),
                units.stream().collect(Collectors.toMap(NamedRef::name, NamedRef::id, (a, b) -> a)),
                texts,
                random));
    }

    private void generate(DemoWorld world) {
        long started = System.nanoTime();
        DemoBook book = new DemoBook(jdbc);
        List<DemoProposal.Transition> transitions = new ArrayList<>();
        DemoPlan plan = new DemoPlan(world, organisation);
        List<DemoProposal> proposals = new DemoIntake(world, book, transitions).make(plan.slots());
        number(world, proposals, book);
        Map<DemoProposal, DemoHandling.Outcome> outcomes = plan.outcomes(proposals);
        Map<DemoProposal, DemoProposal> merges = plan.merges(proposals, outcomes, book, transitions);
        Map<Long, DemoHandling.Plan> plans = new HashMap<>();
        DemoHandling handling = new DemoHandling(world, book, deadlines, world.random());
        for (DemoProposal p : proposals) {
            DemoHandling.Outcome outcome = outcomes.get(p);
            if (outcome == null) {
                continue;
            }
            DemoProposal primary = merges.get(p);
            DemoHandling.Plan assignment =
                    primary != null ? plans.get(primary.id) : plan.assignment(p, outcome, assignedAt(world, p));
            plans.put(p.id, assignment);
            handling.live(p, assignment, outcome);
        }
        transitions.forEach(t -> book.transitions.add(
                world.committeeId(),
                t.proposalId(),
                t.action().name(),
                t.from() == null ? null : t.from().name(),
                t.to().name(),
                t.actorName(),
                t.at(),
                t.reason(),
                t.unitId(),
                t.memberId(),
                t.relatedId()));
        new DemoAudit(messages).write(book, world.committeeId(), proposals, transitions);
        proposals.forEach(p -> DemoRows.proposal(book, world, p));
        book.write();
        log.info("Demo proposals: {} written in {} ms", proposals.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Official numbers in each meeting's order of filing, from 1 without gaps; the counters continue from there. */
    private void number(DemoWorld world, List<DemoProposal> proposals, DemoBook book) {
        book.counters.add(world.committeeId(), "running", proposals.size());
        for (MeetingView meeting : world.meetings()) {
            List<DemoProposal> filed = proposals.stream()
                    .filter(p -> p.filedAt != null && p.meeting.id() == meeting.id())
                    .sorted(Comparator.comparing((DemoProposal p) -> p.filedAt).thenComparingLong(p -> p.id))
                    .toList();
            for (int i = 0; i < filed.size(); i++) {
                filed.get(i).sequenceNo = i + 1;
                filed.get(i).officialNumber = numbers.official(meeting, i + 1);
            }
            book.counters.add(world.committeeId(), "meeting:" + meeting.id(), filed.size());
        }
    }

    /** Plenary proposals go to the meeting's assignment meeting (交办会); intersession ones a week or two after filing. */
    private static OffsetDateTime assignedAt(DemoWorld world, DemoProposal p) {
        if (p.period == ProposalPeriod.PLENARY) {
            return OffsetDateTime.of(p.meeting.closedOn().plusDays(24), LocalTime.of(9, 30), DemoWorld.CHINA);
        }
        return world.day(p.filedAt, 5, 10);
    }
}
