package org.xieshang.organisation.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.platform.DemoDataset;

/**
 * The organisation part of the demo dataset: the real committee tree from the national CPPCC down to Sichuan's 21
 * prefecture-level committees and Luzhou's seven district and county committees, with terms and meetings; each
 * committee's sectors, special committees, parties and organisations, and handling units; and Luzhou's division tree
 * (7 districts and counties, 5 parks, 141 towns and streets, 1477 villages and communities — one consultation room each
 * in the 2022 report). Names come from the files under {@code demo/organisation/}.
 */
@Component
class OrganisationDemoData implements DemoDataset {

    private final JdbcClient jdbc;

    OrganisationDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load() {
        List<String[]> lines = DemoLines.read("committees.txt");
        Map<String, DemoCommittee> committees = committees(DemoLines.of(lines, "committee"));
        Map<String, Long> terms = terms(DemoLines.of(lines, "term"), committees);
        meetings(DemoLines.of(lines, "meeting"), committees, terms);
        new DemoCatalogues(jdbc).load(committees.values());
        new DemoDivisions(jdbc).load(committees.get("luzhou").id());
    }

    private Map<String, DemoCommittee> committees(List<String[]> rows) {
        Map<String, DemoCommittee> committees = new LinkedHashMap<>();
        int order = 0;
        for (String[] r : rows) {
            DemoCommittee parent = r[1].isEmpty() ? null : committees.get(r[1]);
            CommitteeLevel level = CommitteeLevel.valueOf(r[2]);
            long id = jdbc.sql("""
                    insert into committee (parent_id, name, short_name, level, region, direct_reporting_point,
                                           sort_order)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            parent == null ? null : parent.id(),
                            r[3],
                            r[4],
                            level.name(),
                            r[5],
                            Boolean.parseBoolean(r[7]),
                            order++)
                    .query(Long.class)
                    .single();
            committees.put(r[0], new DemoCommittee(r[0], id, level, r[6]));
        }
        return committees;
    }

    /** Returns the term ids by "committee key/number". */
    private Map<String, Long> terms(List<String[]> rows, Map<String, DemoCommittee> committees) {
        Map<String, Long> terms = new LinkedHashMap<>();
        for (String[] r : rows) {
            long id = jdbc.sql("insert into term (committee_id, number, start_year, end_year) values (?, ?, ?, ?)"
                            + " returning id")
                    .params(
                            committees.get(r[0]).id(),
                            Integer.parseInt(r[1]),
                            Integer.parseInt(r[2]),
                            Integer.parseInt(r[3]))
                    .query(Long.class)
                    .single();
            terms.put(r[0] + "/" + r[1], id);
        }
        return terms;
    }

    private void meetings(List<String[]> rows, Map<String, DemoCommittee> committees, Map<String, Long> terms) {
        for (String[] r : rows) {
            jdbc.sql("insert into meeting (committee_id, term_id, number, opened_on, closed_on) values (?, ?, ?, ?, ?)")
                    .params(
                            committees.get(r[0]).id(),
                            terms.get(r[0] + "/" + r[1]),
                            Integer.parseInt(r[2]),
                            LocalDate.parse(r[3]),
                            LocalDate.parse(r[4]))
                    .update();
        }
    }
}
