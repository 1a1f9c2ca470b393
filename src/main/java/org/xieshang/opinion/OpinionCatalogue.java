package org.xieshang.opinion;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configurable lists of a committee: report categories and issue recipients (its own rows, else the defaults). */
@Service
@Transactional(readOnly = true)
public class OpinionCatalogue {

    private final JdbcClient jdbc;

    OpinionCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CatalogueEntry> categories(long committeeId) {
        return list("opinion_category", committeeId);
    }

    public List<CatalogueEntry> recipients(long committeeId) {
        return list("opinion_recipient", committeeId);
    }

    public Set<String> categoryCodes(long committeeId) {
        return categories(committeeId).stream().map(CatalogueEntry::code).collect(Collectors.toSet());
    }

    private List<CatalogueEntry> list(String table, long committeeId) {
        // a committee with rows of its own uses only those; table names come from this class, never from input
        return jdbc.sql("select code, name from " + table + " where coalesce(committee_id, -1) = (select"
                        + " coalesce(max(committee_id), -1) from " + table + " where committee_id = ?)"
                        + " order by sort_order, code")
                .param(committeeId)
                .query(CatalogueEntry.class)
                .list();
    }
}
