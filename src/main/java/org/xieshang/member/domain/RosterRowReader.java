package org.xieshang.member.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xieshang.member.domain.RosterSheet.SheetRow;

/**
 * Turns one spreadsheet row into a member profile of the importing committee. Values that cannot even be read (an
 * unknown sex, a date not in yyyy-MM-dd, a sector name the committee does not have) are problems of their column;
 * the profile rules then run on what could be read, and a column already at fault is not reported twice.
 */
final class RosterRowReader {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** A row read: its profile (with nulls where a value could not be read) and its problems so far. */
    record ReadRow(int number, MemberProfile profile, List<ImportProblem> problems) {}

    private final Map<RosterColumn, Integer> index;
    private final CommitteeReferences refs;
    private final MemberRules rules;
    private final MemberTexts texts;
    private final LocalDate today;

    RosterRowReader(
            Map<RosterColumn, Integer> index,
            CommitteeReferences refs,
            MemberRules rules,
            MemberTexts texts,
            LocalDate today) {
        this.index = new EnumMap<>(index);
        this.refs = refs;
        this.rules = rules;
        this.texts = texts;
        this.today = today;
    }

    ReadRow read(SheetRow row) {
        Map<RosterColumn, String> faults = new EnumMap<>(RosterColumn.class);
        String affiliation = value(row, RosterColumn.POLITICAL_AFFILIATION);
        MemberProfile profile = new MemberProfile(
                value(row, RosterColumn.NAME),
                sex(value(row, RosterColumn.SEX), faults),
                value(row, RosterColumn.ETHNICITY),
                date(value(row, RosterColumn.BIRTH_DATE), faults),
                affiliation,
                refs.partyFor(affiliation).orElse(null),
                sector(value(row, RosterColumn.SECTOR), faults),
                specialCommittee(value(row, RosterColumn.SPECIAL_COMMITTEE), faults),
                yesNo(value(row, RosterColumn.STANDING_COMMITTEE), faults),
                value(row, RosterColumn.EMPLOYER),
                value(row, RosterColumn.POST),
                value(row, RosterColumn.MOBILE),
                value(row, RosterColumn.EMAIL),
                value(row, RosterColumn.ADDRESS),
                value(row, RosterColumn.EXPERTISE),
                refs.currentTerm().map(t -> Set.of(t.id())).orElse(Set.of()));
        for (Violation v : rules.check(profile, refs, today)) {
            RosterColumn.forField(v.field()).ifPresent(column -> faults.putIfAbsent(column, texts.of(v)));
        }
        List<ImportProblem> problems = new ArrayList<>();
        faults.forEach((column, reason) ->
                problems.add(new ImportProblem(row.number(), texts.get(column.messageKey()), reason)));
        return new ReadRow(row.number(), profile, problems);
    }

    private String value(SheetRow row, RosterColumn column) {
        String text = row.cell(index.getOrDefault(column, -1));
        return text.isEmpty() ? null : text;
    }

    private Sex sex(String text, Map<RosterColumn, String> faults) {
        if (text == null) {
            return null;
        }
        for (Sex sex : Sex.values()) {
            if (texts.get(sex.messageKey()).equals(text)) {
                return sex;
            }
        }
        faults.put(RosterColumn.SEX, texts.get("member.import.sex-unknown", text));
        return null;
    }

    private LocalDate date(String text, Map<RosterColumn, String> faults) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            faults.put(RosterColumn.BIRTH_DATE, texts.get("member.import.date-format", text));
            return null;
        }
    }

    private Long sector(String name, Map<RosterColumn, String> faults) {
        if (name == null) {
            return null;
        }
        return refs.sectorId(name).orElseGet(() -> {
            faults.put(RosterColumn.SECTOR, texts.get("member.import.sector-unknown", name));
            return null;
        });
    }

    private Long specialCommittee(String name, Map<RosterColumn, String> faults) {
        if (name == null) {
            return null;
        }
        return refs.specialCommitteeId(name).orElseGet(() -> {
            faults.put(RosterColumn.SPECIAL_COMMITTEE, texts.get("member.import.special-committee-unknown", name));
            return null;
        });
    }

    /** 是 / 否 as the template shows them; TRUE / FALSE as Excel writes a logical cell; empty means no. */
    private boolean yesNo(String text, Map<RosterColumn, String> faults) {
        if (text == null || text.equals(texts.get("form.no")) || text.equals("FALSE")) {
            return false;
        }
        if (text.equals(texts.get("form.yes")) || text.equals("TRUE")) {
            return true;
        }
        faults.put(RosterColumn.STANDING_COMMITTEE, texts.get("member.import.yes-no", text));
        return false;
    }
}
