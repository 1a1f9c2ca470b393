package org.xieshang.opinion.web;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;

/**
 * A city committee of the test's own under the demo's provincial committee, with a member, the city's information
 * office and the province's: real accounts, holding exactly their roles' permissions.
 */
@Component
public class PageWorld {

    private final JdbcClient jdbc;
    private final Fixtures fixtures;

    PageWorld(JdbcClient jdbc, Fixtures fixtures) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
    }

    public record World(
            long province,
            long city,
            long memberId,
            XieshangUser member,
            XieshangUser otherMember,
            XieshangUser staff,
            XieshangUser provinceStaff) {}

    public World create() {
        long province = jdbc.sql("select id from committee where level = 'PROVINCIAL' order by id limit 1")
                .query(Long.class)
                .single();
        String name = "页面测试市政协-" + UUID.randomUUID().toString().substring(0, 8);
        long city = jdbc.sql("insert into committee (parent_id, name, short_name, level, region)"
                        + " values (?, ?, ?, 'MUNICIPAL', ?) returning id")
                .params(province, name, name, name)
                .query(Long.class)
                .single();
        long memberId = member(city, "王页面");
        long otherId = member(city, "李页面");
        return new World(
                province,
                city,
                memberId,
                fixtures.user(city, memberId, null, Role.MEMBER),
                fixtures.user(city, otherId, null, Role.MEMBER),
                fixtures.user(city, Role.STAFF),
                fixtures.user(province, Role.STAFF));
    }

    private long member(long committeeId, String name) {
        long sector = jdbc.sql("insert into sector (committee_id, name) values (?, ?) returning id")
                .params(committeeId, "界别-" + UUID.randomUUID())
                .query(Long.class)
                .single();
        return jdbc.sql("insert into member (committee_id, name, sex, ethnicity, political_affiliation, sector_id)"
                        + " values (?, ?, 'FEMALE', 'HAN', 'NONE', ?) returning id")
                .params(committeeId, name, sector)
                .query(Long.class)
                .single();
    }
}
