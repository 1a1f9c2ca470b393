package org.xieshang.opinion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.xieshang.organisation.CommitteeLevel;

/**
 * Filters of the report list; every field is optional. The statistics give each figure as one of these, so a page can
 * link a number to the records behind it. {@code adoptedAbove} means adopted at any level above the report's own.
 */
public record ReportFilter(
        Long committeeId,
        Integer year,
        OpinionState state,
        String category,
        SubmitterType submitterType,
        Boolean incoming,
        Boolean reportedUpward,
        CommitteeLevel adoptedLevel,
        AdoptionKind adoptionKind,
        Boolean adoptedAbove,
        InstructionRank instructionRank,
        Boolean mine,
        String q) {

    public static ReportFilter of(long committeeId, int year) {
        return new ReportFilter(committeeId, year, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ReportFilter withState(OpinionState value) {
        return new ReportFilter(
                committeeId,
                year,
                value,
                category,
                submitterType,
                incoming,
                reportedUpward,
                adoptedLevel,
                adoptionKind,
                adoptedAbove,
                instructionRank,
                mine,
                q);
    }

    public ReportFilter withCategory(String value) {
        return new ReportFilter(
                committeeId,
                year,
                state,
                value,
                submitterType,
                incoming,
                reportedUpward,
                adoptedLevel,
                adoptionKind,
                adoptedAbove,
                instructionRank,
                mine,
                q);
    }

    public ReportFilter withSubmitterType(SubmitterType value) {
        return new ReportFilter(
                committeeId,
                year,
                state,
                category,
                value,
                incoming,
                reportedUpward,
                adoptedLevel,
                adoptionKind,
                adoptedAbove,
                instructionRank,
                mine,
                q);
    }

    public ReportFilter withReportedUpward() {
        return new ReportFilter(
                committeeId,
                year,
                state,
                category,
                submitterType,
                incoming,
                true,
                adoptedLevel,
                adoptionKind,
                adoptedAbove,
                instructionRank,
                mine,
                q);
    }

    public ReportFilter withAdoption(CommitteeLevel level, AdoptionKind kind) {
        return new ReportFilter(
                committeeId,
                year,
                state,
                category,
                submitterType,
                incoming,
                reportedUpward,
                level,
                kind,
                adoptedAbove,
                instructionRank,
                mine,
                q);
    }

    public ReportFilter withAdoptedAbove() {
        return new ReportFilter(
                committeeId,
                year,
                state,
                category,
                submitterType,
                incoming,
                reportedUpward,
                adoptedLevel,
                adoptionKind,
                true,
                instructionRank,
                mine,
                q);
    }

    public ReportFilter withInstructionRank(InstructionRank value) {
        return new ReportFilter(
                committeeId,
                year,
                state,
                category,
                submitterType,
                incoming,
                reportedUpward,
                adoptedLevel,
                adoptionKind,
                adoptedAbove,
                value,
                mine,
                q);
    }

    /** The filter as request parameters, in a stable order, leaving out what is not set. */
    public Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        put(map, "committeeId", committeeId);
        put(map, "year", year);
        put(map, "state", state);
        put(map, "category", category);
        put(map, "submitterType", submitterType);
        put(map, "incoming", incoming);
        put(map, "reportedUpward", reportedUpward);
        put(map, "adoptedLevel", adoptedLevel);
        put(map, "adoptionKind", adoptionKind);
        put(map, "adoptedAbove", adoptedAbove);
        put(map, "instructionRank", instructionRank);
        put(map, "mine", mine);
        put(map, "q", q);
        return map;
    }

    public String queryString() {
        return parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> map, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            map.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
