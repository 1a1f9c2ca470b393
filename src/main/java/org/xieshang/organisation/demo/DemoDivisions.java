package org.xieshang.organisation.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.organisation.DivisionKind;

/**
 * Luzhou's division tree: the districts, counties, towns, streets and parks of {@code luzhou-divisions.txt}, and under
 * each town or street a generated set of villages and communities with names unique within it, 1477 in all. Codes
 * extend the parent's: {@code 510502} → {@code 510502-001} → {@code 510502-001-001}; parks are numbered from 901.
 */
final class DemoDivisions {

    static final int VILLAGES = 1477;
    private static final long SEED = 20220525L;

    private final JdbcClient jdbc;
    private final Random random = new Random(SEED);

    DemoDivisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A division to insert; {@code parentCode} finds the parent among those inserted a level up. */
    private record Row(String parentCode, String code, String name, DivisionKind kind) {}

    void load(long committeeId) {
        List<Row> counties = new ArrayList<>();
        List<Row> towns = new ArrayList<>();
        String county = null;
        int town = 0;
        int park = 900;
        for (String[] r : DemoLines.read("luzhou-divisions.txt")) {
            switch (r[0]) {
                case "county" -> {
                    county = r[1];
                    town = 0;
                    park = 900;
                    counties.add(new Row(null, r[1], r[2], DivisionKind.valueOf(r[3])));
                }
                case "town" -> towns.add(new Row(county, code(county, ++town), r[2], DivisionKind.valueOf(r[1])));
                case "park" -> towns.add(new Row(county, code(county, ++park), r[1], DivisionKind.PARK));
                default -> throw new IllegalStateException("unknown line " + r[0]);
            }
        }
        Map<String, Long> countyIds = insert(committeeId, counties, Map.of());
        Map<String, Long> townIds = insert(committeeId, towns, countyIds);
        insert(committeeId, villages(towns), townIds);
    }

    private List<Row> villages(List<Row> towns) {
        List<String[]> names = DemoLines.read("village-names.txt");
        List<String> villageNames =
                DemoLines.of(names, "village").stream().map(r -> r[0]).toList();
        List<String> communityNames =
                DemoLines.of(names, "community").stream().map(r -> r[0]).toList();
        List<Row> places =
                towns.stream().filter(t -> t.kind() != DivisionKind.PARK).toList();
        int[][] counts = counts(places);
        List<Row> villages = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Row town = places.get(i);
            List<String> communities = pick(communityNames, counts[i][0]);
            List<String> plain = pick(villageNames, counts[i][1]);
            int n = 0;
            for (String name : communities) {
                villages.add(new Row(town.code(), code(town.code(), ++n), name, DivisionKind.COMMUNITY));
            }
            for (String name : plain) {
                villages.add(new Row(town.code(), code(town.code(), ++n), name, DivisionKind.VILLAGE));
            }
        }
        return villages;
    }

    /**
     * How many communities and villages each place gets: streets hold only communities, towns mostly villages and a
     * community or two. Villages are then added or taken round the towns until the total is exactly {@link #VILLAGES}.
     */
    private int[][] counts(List<Row> places) {
        int[][] counts = new int[places.size()][2];
        int total = 0;
        for (int i = 0; i < places.size(); i++) {
            boolean street = places.get(i).kind() == DivisionKind.STREET;
            counts[i][0] = street ? 4 + random.nextInt(6) : 1 + random.nextInt(2);
            counts[i][1] = street ? 0 : 6 + random.nextInt(8);
            total += counts[i][0] + counts[i][1];
        }
        for (int i = 0; total != VILLAGES; i = (i + 1) % places.size()) {
            if (places.get(i).kind() == DivisionKind.STREET) {
                continue;
            }
            int step = total < VILLAGES ? 1 : -1;
            if (counts[i][1] + step >= 3) {
                counts[i][1] += step;
                total += step;
            }
        }
        return counts;
    }

    private List<String> pick(List<String> names, int count) {
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }

    /** Inserts one level in a single statement; returns the new ids by code. */
    private Map<String, Long> insert(long committeeId, List<Row> rows, Map<String, Long> parents) {
        Long[] parentIds = rows.stream()
                .map(r -> r.parentCode() == null ? null : parents.get(r.parentCode()))
                .toArray(Long[]::new);
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                        insert into division (committee_id, parent_id, code, name, level, kind)
                        select ?, p, c, n, l, k from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                            as t(p, c, n, l, k)
                        returning id, code""")
                .params(
                        committeeId,
                        parentIds,
                        rows.stream().map(Row::code).toArray(String[]::new),
                        rows.stream().map(Row::name).toArray(String[]::new),
                        rows.stream().map(r -> r.kind().level().name()).toArray(String[]::new),
                        rows.stream().map(r -> r.kind().name()).toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        return ids;
    }

    private static String code(String parent, int number) {
        return parent + "-" + String.format("%03d", number);
    }
}
