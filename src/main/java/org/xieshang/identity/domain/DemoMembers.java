package org.xieshang.identity.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds members to link demo accounts to. Temporary: reads the member table until the member module's directory is
 * merged, then delegates to it.
 */
@Component
class DemoMembers {

    private final JdbcClient jdbc;

    DemoMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> firstMembers(long committeeId, int count) {
        return jdbc.sql("select id from member where committee_id = ? order by id limit ?")
                .params(committeeId, count)
                .query(Long.class)
                .list();
    }
}
