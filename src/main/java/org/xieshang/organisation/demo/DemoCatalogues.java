package org.xieshang.organisation.demo;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills each demo committee's four lists from {@code catalogues.txt}: the committee's own list where the file has one,
 * else the list for its level with the committee's name prefix put in. Luzhou's handling units get fictional contacts.
 */
final class DemoCatalogues {

    private static final long SEED = 20221225L;

    private final JdbcClient jdbc;
    private final Random random = new Random(SEED);

    DemoCatalogues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void load(Collection<DemoCommittee> committees) {
        List<String[]> lines = DemoLines.read("catalogues.txt");
        List<String[]> contacts = DemoLines.read("contacts.txt");
        for (DemoCommittee committee : committees) {
            List<String[]> sectors = entries(lines, "sector", committee);
            jdbc.sql("insert into sector (committee_id, name, sort_order)"
                            + " select ?, n, o::int from unnest(?::text[]) with ordinality as t(n, o)")
                    .params(committee.id(), column(sectors, 0))
                    .update();
            List<String[]> specials = entries(lines, "special", committee);
            jdbc.sql("insert into special_committee (committee_id, name, sort_order)"
                            + " select ?, n, o::int from unnest(?::text[]) with ordinality as t(n, o)")
                    .params(committee.id(), column(specials, 0))
                    .update();
            List<String[]> parties = entries(lines, "party", committee);
            jdbc.sql("insert into party_organisation (committee_id, name, kind, sort_order)"
                            + " select ?, n, k, o::int from unnest(?::text[], ?::text[]) with ordinality as t(n, k, o)")
                    .params(committee.id(), column(parties, 0), column(parties, 1))
                    .update();
            units(committee, entries(lines, "unit", committee), contacts);
        }
    }

    private void units(DemoCommittee committee, List<String[]> units, List<String[]> contacts) {
        boolean luzhou = "luzhou".equals(committee.key());
        String[] surnames = DemoLines.of(contacts, "surname").get(0);
        String[] given = DemoLines.of(contacts, "given").get(0);
        String[] people = new String[units.size()];
        String[] phones = new String[units.size()];
        for (int i = 0; luzhou && i < units.size(); i++) {
            people[i] = surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)];
            phones[i] = "0830-" + (3100000 + random.nextInt(900000));
        }
        jdbc.sql("""
                insert into handling_unit (committee_id, name, kind, contact_person, contact_phone, sort_order)
                select ?, n, k, p, t, o::int
                from unnest(?::text[], ?::text[], ?::text[], ?::text[]) with ordinality as u(n, k, p, t, o)""")
                .params(committee.id(), column(units, 0), column(units, 1), people, phones)
                .update();
    }

    /** The committee's own entries of a list, else those of its level; each as {name, kind}. */
    private static List<String[]> entries(List<String[]> lines, String list, DemoCommittee committee) {
        List<String[]> rows = DemoLines.of(lines, list);
        List<String[]> own =
                rows.stream().filter(r -> r[0].equals(committee.key())).toList();
        List<String[]> chosen = own.isEmpty()
                ? rows.stream()
                        .filter(r -> r[0].equals("@" + committee.level().name()))
                        .toList()
                : own;
        return chosen.stream()
                .map(r -> new String[] {r[1].replace("{c}", committee.prefix()), r.length > 2 ? r[2] : null})
                .toList();
    }

    private static String[] column(List<String[]> rows, int index) {
        return rows.stream().map(r -> r[index]).toArray(String[]::new);
    }
}
