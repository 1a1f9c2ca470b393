package org.xieshang.member;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.identity.Role;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.XieshangUser;
import org.xieshang.identity.domain.NewAccount;

/**
 * Organisation rows and users for member tests. Every committee gets a unique name, so the fixtures work whether or
 * not the organisation's demo data is loaded. The tests using them run in a transaction that is rolled back, so no
 * test sees another's rows and the demo dataset's counts stay as loaded.
 */
public class MemberFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A committee with one term (and its first meeting), two sectors, a special committee and a democratic party. */
    public record Org(
            long committeeId,
            String committeeName,
            long termId,
            long sectorA,
            String sectorAName,
            long sectorB,
            String sectorBName,
            long specialCommitteeId,
            String specialCommitteeName,
            long partyId) {}

    private final JdbcClient jdbc;
    private final UserManagement users;

    public MemberFixtures(JdbcClient jdbc, UserManagement users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public Org committee() {
        String tag = "T" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        long committee = insert(
                "insert into committee (name, short_name, level, region) values (?, ?, 'COUNTY', ?) returning id",
                "测试政协" + tag,
                "测试" + tag,
                "测试区" + tag);
        long term = insert(
                "insert into term (committee_id, number, start_year, end_year) values (?, 9, 2021, 2026) returning id",
                committee);
        jdbc.sql("insert into meeting (committee_id, term_id, number, opened_on, closed_on)"
                        + " values (?, ?, 1, date '2022-01-05', date '2022-01-08')")
                .params(committee, term)
                .update();
        long sectorA = insert(
                "insert into sector (committee_id, name, sort_order) values (?, ?, 1) returning id", committee, "经济界");
        long sectorB = insert(
                "insert into sector (committee_id, name, sort_order) values (?, ?, 2) returning id", committee, "教育界");
        long special = insert(
                "insert into special_committee (committee_id, name) values (?, ?) returning id", committee, "提案委员会");
        long party = insert(
                "insert into party_organisation (committee_id, name, kind) values (?, ?, 'DEMOCRATIC_PARTY')"
                        + " returning id",
                committee,
                "民盟测试委会");
        return new Org(committee, "测试政协" + tag, term, sectorA, "经济界", sectorB, "教育界", special, "提案委员会", party);
    }

    /** A signed-in user of the committee, stored so pages (which read the user's preferences) render. */
    public XieshangUser user(long committeeId, String... permissions) {
        String username = "u" + committeeId + "x" + SEQUENCE.incrementAndGet();
        long id = users.create(
                new NewAccount(committeeId, username, "测试用户", null, null, null, false, Set.of(Role.STAFF)),
                "Xieshang2022pw");
        return new XieshangUser(
                id,
                username,
                "",
                "测试用户",
                committeeId,
                Set.of(committeeId),
                null,
                null,
                Set.of(Role.STAFF),
                Set.of(permissions),
                true,
                false);
    }

    public XieshangUser staff(long committeeId) {
        return user(committeeId, "member:read", "member:manage");
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
