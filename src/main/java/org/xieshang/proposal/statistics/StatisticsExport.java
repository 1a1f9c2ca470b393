package org.xieshang.proposal.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;

/** The statistics tables as one Excel sheet (section, item, count, share), audited as an export. */
@Component
public class StatisticsExport {

    private final StatisticsQueries queries;
    private final AuditTrail audit;
    private final MessageSource messages;

    StatisticsExport(StatisticsQueries queries, AuditTrail audit, MessageSource messages) {
        this.queries = queries;
        this.audit = audit;
        this.messages = messages;
    }

    public void download(StatisticsFilter filter, HttpServletResponse response) throws IOException {
        ProposalStatistics stats = queries.compute(filter);
        audit.record(
                AuditAction.EXPORT,
                "proposal-statistics",
                filter.committeeId(),
                text("proposal.statistics.audit.export", stats.committeeName(), stats.periodLabel()),
                null,
                filter);
        List<String> headers = List.of(
                text("proposal.statistics.column.section"),
                text("proposal.statistics.column.item"),
                text("proposal.statistics.column.count"),
                text("proposal.statistics.column.percent"));
        String title = text("proposal.statistics.title");
        Spreadsheet.download(response, stats.committeeName() + title, title, headers, sink -> {
            section(sink, "totals", stats.totals());
            section(sink, "not-filed", stats.notFiledByReason());
            section(sink, "kind", stats.byKind());
            section(sink, "collective", stats.collectiveByOrganisation());
            section(sink, "category", stats.byCategory());
            section(sink, "reply-class", stats.repliedByClass());
            section(sink, "satisfaction", stats.satisfaction());
            String units = text("proposal.statistics.section.units");
            for (UnitFigures unit : stats.units()) {
                sink.row(Arrays.asList(
                        units,
                        unit.name() + " · " + text("proposal.statistics.unit.assigned"),
                        unit.assigned().count(),
                        null));
                sink.row(Arrays.asList(
                        units,
                        unit.name() + " · " + text("proposal.statistics.unit.replied"),
                        unit.replied().count(),
                        null));
                sink.row(Arrays.asList(
                        units,
                        unit.name() + " · " + text("proposal.statistics.unit.overdue"),
                        unit.overdue().count(),
                        null));
                sink.row(Arrays.asList(
                        units,
                        unit.name() + " · " + text("proposal.statistics.unit.satisfied"),
                        unit.rated(),
                        unit.satisfiedPercent()));
            }
        });
    }

    private void section(Spreadsheet.RowSink sink, String key, List<Figure> figures) {
        String section = text("proposal.statistics.section." + key);
        figures.forEach(f -> sink.row(Arrays.asList(section, f.label(), f.count(), f.percent())));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
