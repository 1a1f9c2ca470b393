package org.xieshang.opinion.domain;

import java.util.Objects;
import org.springframework.stereotype.Component;
import org.xieshang.opinion.OpinionProblems;
import org.xieshang.opinion.OpinionProblems.NotADraft;
import org.xieshang.opinion.OpinionState;
import org.xieshang.shared.RecordNotFound;

/** Loads a report for the signed-in user; one outside their scope reads as not found, never as forbidden. */
@Component
public class ReportAccess {

    private final OpinionReports reports;

    ReportAccess(OpinionReports reports) {
        this.reports = reports;
    }

    public OpinionReport visible(long id) {
        return visible(id, ReportScope.current());
    }

    public OpinionReport visible(long id, ReportScope scope) {
        OpinionReport report = reports.byId(id).orElseThrow(() -> notFound(id));
        if (!scope.sees(report.row(), report.persons())) {
            throw notFound(id);
        }
        return report;
    }

    /** A report the information office works on: visible, and in a committee whose records the user may change. */
    public OpinionReport forStaff(long id) {
        ReportScope scope = ReportScope.current();
        if (!scope.wholeCommittee()) {
            throw notFound(id);
        }
        return visible(id, scope);
    }

    /** A draft its creator is still writing. */
    public OpinionReport ownDraft(long id) {
        ReportScope scope = ReportScope.current();
        OpinionReport report = visible(id, scope);
        if (!Objects.equals(report.row().createdBy(), scope.userId())) {
            throw notFound(id);
        }
        if (report.state() != OpinionState.DRAFT) {
            throw new NotADraft();
        }
        return report;
    }

    private static RecordNotFound notFound(long id) {
        return OpinionProblems.missing(OpinionProblems.REPORT, id);
    }
}
