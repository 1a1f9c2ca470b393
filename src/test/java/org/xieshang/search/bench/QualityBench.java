package org.xieshang.search.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.platform.DemoDataset;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.SearchIndex;
import org.xieshang.search.SimilarRecords;
import org.xieshang.text.ChineseScript;

/**
 * The quality benchmark (issue 5 part 5): merge suggestions on the hand-written labelled pairs among the demo
 * proposals, then unit suggestions on held-back demo proposals. Loads the demo dataset into the benchmark's database
 * when it is not there yet (the benchmark application starts without it); the records it indexes live under types
 * and a committee of their own and are taken out again, so neither the demo search nor a latency run meets them.
 */
final class QualityBench {

    static final long COMMITTEE = 999_000_001L;
    static final String MERGE_TYPE = "quality-merge";
    static final String UNIT_TYPE = "quality-units";

    /** The merge threshold chosen from these figures (bench/README.md), for the lines that need one. */
    static final double MERGE_THRESHOLD = 0.25;

    /** A demo proposal with the unit that led its handling (null when it was never assigned). */
    record DemoProposal(long id, String title, String body, String leadUnit) {}

    private final ConfigurableApplicationContext app;
    private final JdbcClient jdbc;

    QualityBench(ConfigurableApplicationContext app) {
        this.app = app;
        this.jdbc = app.getBean(JdbcClient.class);
    }

    List<String> run() {
        loadDemoData();
        List<DemoProposal> demo = demoProposals();
        LabelledProposals labelled = LabelledProposals.load();
        SearchIndex index = app.getBean(SearchIndex.class);
        SimilarRecords similar = app.getBean(SimilarRecords.class);
        List<String> lines = new ArrayList<>();
        clear();
        try {
            for (DemoProposal p : demo) {
                index.put(new SearchDocument(
                        MERGE_TYPE,
                        p.id(),
                        COMMITTEE,
                        p.title(),
                        p.body(),
                        Map.of(),
                        Set.of(AccessTokens.PUBLIC),
                        null,
                        null));
            }
            MergeQuality merge = new MergeQuality(index, similar, MERGE_TYPE, COMMITTEE);
            merge.indexLabelled(labelled);
            lines.add("## Merge suggestions");
            lines.add("");
            ChineseScript script = app.getBean(ChineseScript.class);
            lines.addAll(MergeReport.lines(
                    merge.probe(labelled),
                    labelled.proposals().size(),
                    demo.size(),
                    text -> !script.toSimplified(text).equals(text),
                    MERGE_THRESHOLD));
            MergeQuality.Counts reversed = MergeQuality.countAt(MERGE_THRESHOLD, merge.probe(labelled.reversed()));
            lines.add("");
            lines.add(String.format(
                    "Probing the other way round (the first of each pair asks): at %.2f precision %.3f, recall %.3f"
                            + " (%d related, %d unrelated suggested).",
                    MERGE_THRESHOLD,
                    reversed.precision(),
                    reversed.recall(),
                    reversed.related(),
                    reversed.unrelated()));
            lines.add("");
            lines.add("## Unit suggestions");
            lines.add("");
            List<DemoProposal> assigned =
                    demo.stream().filter(p -> p.leadUnit() != null).toList();
            lines.addAll(new UnitQuality(index, similar, UNIT_TYPE, COMMITTEE).run(assigned, labelled));
        } finally {
            clear();
        }
        return lines;
    }

    private void clear() {
        jdbc.sql("delete from search_document where committee_id = ?")
                .param(COMMITTEE)
                .update();
    }

    /** As the platform's loader does on an empty embedded database: every module's part, in order, in one go. */
    private void loadDemoData() {
        app.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from demo_load").query(Long.class).single() > 0) {
                return;
            }
            System.out.println("Loading the demo dataset");
            app.getBeanProvider(DemoDataset.class).stream()
                    .sorted(Comparator.comparingInt(DemoDataset::order))
                    .forEach(DemoDataset::load);
            jdbc.sql("insert into demo_load(loaded_at) values (now())").update();
        });
    }

    /** Every submitted demo proposal (drafts are nobody's duplicates yet) with the lead or sole unit it got. */
    private List<DemoProposal> demoProposals() {
        return jdbc.sql("""
                        select p.id, p.title, p.grounds || E'\\n' || p.suggestions as body,
                               (select u.name from proposal_assignment a join handling_unit u on u.id = a.unit_id
                                 where a.proposal_id = p.id and a.role in ('SOLE', 'LEAD') and a.status <> 'WITHDRAWN'
                                 order by a.round desc, a.id desc limit 1) as lead_unit
                          from proposal p
                         where p.status <> 'DRAFT'
                         order by p.id
                        """).query(DemoProposal.class).list();
    }
}
