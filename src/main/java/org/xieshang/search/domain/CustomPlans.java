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

    /**
     * Custom plans, and no reading the whole table for words: when many documents hold a word the planner expects a
     * scan to find the counted matches within its first pages, but it checks each row's words, read one by one from the
     * TOAST table — 137 ms where the word index and the rows it names took 24 ms (the leader's 乡村振兴 at 400,000).
     */
    static void useForWords(JdbcClient jdbc) {
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off',"
                        + " true)")
                .query()
                .listOfRows();
    }
}
