package org.xieshang.opinion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.xieshang.organisation.CommitteeLevel;

/**
 * The public-opinion figures of a committee and year, each computed from the records and carrying the filter that
 * lists them. Report figures count the committee's reports of the year (its own and those received from below).
 */
public record OpinionFigures(
        long committeeId,
        String committeeName,
        int year,
        Figure received,
        Figure accepted,
        Figure filed,
        Figure issuesPublished,
        Figure reportedUpward,
        Figure adoptedAbove,
        List<LevelFigures> adoptedByLevel,
        List<Figure> instructionsByRank,
        BigDecimal adoptionRate,
        List<Breakdown> byCategory,
        List<Breakdown> bySubmitterType) {

    /**
     * One number. {@code list} names the list it counts ({@code opinion-reports} or {@code opinion-issues}) and
     * {@code filter} the parameters of that list; {@code link} is the same as an API address.
     */
    public record Figure(String key, long value, String list, Map<String, String> filter, String link) {}

    /** Reports adopted at one level, in total and by kind. */
    public record LevelFigures(CommitteeLevel level, Figure total, List<Figure> byKind) {}

    /** A row of a breakdown (by category or by submitter type). */
    public record Breakdown(
            String code, String name, Figure received, Figure accepted, Figure reportedUpward, Figure adoptedAbove) {}
}
