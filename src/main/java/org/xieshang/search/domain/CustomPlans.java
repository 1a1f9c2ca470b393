package org.xieshang.search.domain;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The driver turns statements run often into server-side prepared statements, and PostgreSQL may then switch to a
 * generic plan that knows neither the words nor the filters: it guesses one matching row, joins the word statistics
 * by nested loops, and parses the tsquery again for every row — ten times slower here. Search statements are planned
 * for their actual values instead (for the rest of the transaction only).
 */
final class CustomPlans {

    private CustomPlans() {}

    static void use(JdbcClient jdbc) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }
}
