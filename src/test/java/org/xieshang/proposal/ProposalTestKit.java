package org.xieshang.proposal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.ProposalSubmission.Draft;
import org.xieshang.support.Fixtures;

/**
 * A committee of its own for each test (term 9, meeting 1 held a month ago, handling units, members, and a signed-in
 * principal per role), and short-cuts that take a proposal through the workflow with the module's own services.
 */
@Component
public class ProposalTestKit {

    private static final AtomicLong USER_IDS = new AtomicLong(900_000_000);

    private final JdbcClient jdbc;
    private final Fixtures fixtures;
    private final ProposalSubmission submission;
    private final ProposalReview review;
    private final ProposalAssignment assignment;

    ProposalTestKit(
            JdbcClient jdbc,
            Fixtures fixtures,
            ProposalSubmission submission,
            ProposalReview review,
            ProposalAssignment assignment) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.submission = submission;
        this.review = review;
        this.assignment = assignment;
    }

    /** A committee with its people: members[i] is the user of memberIds[i], units[i] of unitIds[i]. */
    public record World(
            long committeeId,
            long meetingId,
            List<Long> memberIds,
            List<XieshangUser> members,
            List<Long> unitIds,
            List<XieshangUser> units,
            XieshangUser staff,
            XieshangUser supervisor,
            XieshangUser leader) {}

    public World world(int memberCount, int unitCount) {
        long committee = fixtures.committee();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long term = insert(
                "insert into term (committee_id, number, start_year, end_year) values (?, 9, 2021, 2026)", committee);
        long meeting = insert(
                "insert into meeting (committee_id, term_id, number, opened_on, closed_on) values (?, ?, 1, ?, ?)",
                committee,
                term,
                today.minusDays(40),
                today.minusDays(37));
        long sector = insert("insert into sector (committee_id, name) values (?, ?)", committee, "sector-" + committee);
        List<Long> memberIds = new ArrayList<>();
        List<XieshangUser> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            long id = insert(
                    "insert into member (committee_id, name, sex, ethnicity, political_affiliation,"
                            + " sector_id) values (?, ?, 'FEMALE', 'HAN', 'NONE', ?)",
                    committee,
                    "member-" + i,
                    sector);
            memberIds.add(id);
            members.add(user(committee, Role.MEMBER, id, null));
        }
        List<Long> unitIds = new ArrayList<>();
        List<XieshangUser> units = new ArrayList<>();
        for (int i = 0; i < unitCount; i++) {
            long id = insert(
                    "insert into handling_unit (committee_id, name, kind) values (?, ?, 'GOVERNMENT')",
                    committee,
                    "unit-" + committee + "-" + i);
            unitIds.add(id);
            units.add(user(committee, Role.HANDLING_UNIT, null, id));
        }
        return new World(
                committee,
                meeting,
                memberIds,
                members,
                unitIds,
                units,
                user(committee, Role.STAFF, null, null),
                user(committee, Role.SUPERVISOR, null, null),
                user(committee, Role.LEADER, null, null));
    }

    /** A principal with the role's permissions as granted in the database. */
    public XieshangUser user(long committeeId, Role role, Long memberId, Long unitId) {
        Set<String> permissions = Set.copyOf(jdbc.sql("select permission from role_permission where role = ?")
                .param(role.name())
                .query(String.class)
                .list());
        long id = USER_IDS.incrementAndGet();
        return new XieshangUser(
                id,
                "u" + id,
                "",
                role.name().toLowerCase() + "-" + id,
                committeeId,
                Set.of(committeeId),
                memberId,
                unitId,
                Set.of(role),
                permissions,
                true,
                false);
    }

    /** Runs {@code work} signed in as {@code user} (on this thread). */
    public <T> T as(XieshangUser user, Supplier<T> work) {
        return org.xieshang.support.SignedIn.as(user, work);
    }

    public void as(XieshangUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    public static Draft draft(ProposalKind kind, String title, boolean disclosure, List<Long> coSigners) {
        return new Draft(
                kind,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                title,
                "Grounds: the county roads are narrow and the buses few.",
                "Suggestions: widen the road and add two bus lines.",
                "SOCIETY",
                List.of(),
                disclosure,
                disclosure ? null : "personal matters",
                false,
                null,
                coSigners);
    }

    /** An individual proposal by the first member, submitted. */
    public long submitted(World w, String title, boolean disclosure) {
        XieshangUser member = w.members().get(0);
        long id = as(
                member,
                () -> submission
                        .create(draft(ProposalKind.INDIVIDUAL, title, disclosure, List.of()))
                        .id());
        as(member, () -> submission.submit(id));
        return id;
    }

    public long filed(World w, String title) {
        return filed(w, title, true);
    }

    public long filed(World w, String title, boolean disclosure) {
        long id = submitted(w, title, disclosure);
        as(w.staff(), () -> review.file(id));
        return id;
    }

    /** Filed and assigned; returns the assignment ids in the order of {@code unitIds}. */
    public List<Long> assigned(World w, long proposalId, AssignmentMode mode, List<Long> unitIds) {
        return as(
                w.staff(),
                () -> assignment.assign("test", List.of(new ProposalAssignment.Plan(proposalId, mode, unitIds))));
    }

    public ProposalSubmission submission() {
        return submission;
    }

    public ProposalStatus status(long proposalId) {
        return ProposalStatus.valueOf(jdbc.sql("select status from proposal where id = ?")
                .param(proposalId)
                .query(String.class)
                .single());
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql + " returning id").params(params).query(Long.class).single();
    }
}
