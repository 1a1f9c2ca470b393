package org.xieshang.opinion;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.organisation.CommitteeLevel;

/**
 * Test data for the opinion module: committees of its own (names no other test uses), members, parties, and
 * principals holding exactly their role's permissions.
 */
@Component
class OpinionTestSupport {

    /** User ids far above any real account's, so a test principal never meets a real user's records. */
    private static final AtomicLong USER_IDS = new AtomicLong(800_000_000L);

    private final JdbcClient jdbc;

    OpinionTestSupport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A committee tree for one test. */
    record Tree(long nation, long province, long city, long county) {}

    /**
     * A city and a county of the test's own under the demo's provincial and national committees (the tree keeps one
     * national and one provincial committee, as the organisation's tests expect). A direct-reporting city should be
     * given back with {@link #notDirect} when the test ends.
     */
    Tree tree(boolean cityIsDirectReportingPoint) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long nation = jdbc.sql("select id from committee where level = 'NATIONAL' and parent_id is null order by id"
                        + " limit 1")
                .query(Long.class)
                .single();
        long province = jdbc.sql("select id from committee where level = 'PROVINCIAL' and parent_id = ? order by id"
                        + " limit 1")
                .param(nation)
                .query(Long.class)
                .single();
        long city = committee(province, "C-" + tag, CommitteeLevel.MUNICIPAL, cityIsDirectReportingPoint);
        long county = committee(city, "X-" + tag, CommitteeLevel.COUNTY, false);
        return new Tree(nation, province, city, county);
    }

    void notDirect(long committeeId) {
        jdbc.sql("update committee set direct_reporting_point = false where id = ?")
                .param(committeeId)
                .update();
    }

    long committee(Long parent, String name, CommitteeLevel level, boolean direct) {
        long id = jdbc.sql("insert into committee (parent_id, name, short_name, level, region, direct_reporting_point)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(parent, name, name, level.name(), name, direct)
                .query(Long.class)
                .single();
        sector(id);
        return id;
    }

    private long sector(long committeeId) {
        return jdbc.sql("insert into sector (committee_id, name) values (?, ?) returning id")
                .params(committeeId, "S-" + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    long member(long committeeId, String name) {
        long sector = sector(committeeId);
        return jdbc.sql("insert into member (committee_id, name, sex, ethnicity, political_affiliation, sector_id)"
                        + " values (?, ?, 'FEMALE', 'HAN', 'NONE', ?) returning id")
                .params(committeeId, name, sector)
                .query(Long.class)
                .single();
    }

    long party(long committeeId, String name, String kind) {
        return jdbc.sql("insert into party_organisation (committee_id, name, kind) values (?, ?, ?) returning id")
                .params(committeeId, name + "-" + UUID.randomUUID().toString().substring(0, 6), kind)
                .query(Long.class)
                .single();
    }

    /** A principal of the committee with the role's permissions as granted in the database. */
    XieshangUser user(long committeeId, Role role, Long memberId) {
        return user(committeeId, Set.of(committeeId), role, memberId);
    }

    XieshangUser user(long committeeId, Set<Long> visible, Role role, Long memberId) {
        Set<String> permissions = new HashSet<>(jdbc.sql("select permission from role_permission where role = ?")
                .param(role.name())
                .query(String.class)
                .list());
        long userId = USER_IDS.incrementAndGet();
        return new XieshangUser(
                userId,
                "u" + userId,
                "",
                role.name() + userId,
                committeeId,
                visible,
                memberId,
                null,
                Set.of(role),
                permissions,
                true,
                false);
    }

    /** Runs {@code work} signed in as {@code user}, as a request would. */
    static <T> T as(XieshangUser user, Supplier<T> work) {
        return org.xieshang.support.SignedIn.as(user, work);
    }

    static void run(XieshangUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
