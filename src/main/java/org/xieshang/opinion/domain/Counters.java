package org.xieshang.opinion.domain;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gap-free running numbers per committee, year and kind. The upsert takes the counter row's lock until the
 * transaction ends, so concurrent callers get consecutive numbers, and a rolled-back caller gives its number back.
 */
final class Counters {

    private Counters() {}

    static int next(JdbcClient jdbc, long committeeId, int year, String kind) {
        return jdbc.sql("""
                insert into opinion_counter (committee_id, year, kind, last_number) values (?, ?, ?, 1)
                on conflict (committee_id, year, kind) do update set last_number = opinion_counter.last_number + 1
                returning last_number""")
                .params(committeeId, year, kind)
                .query(Integer.class)
                .single();
    }
}
