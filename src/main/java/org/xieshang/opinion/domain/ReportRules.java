package org.xieshang.opinion.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.ReportContent;
import org.xieshang.opinion.ReportPerson;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.organisation.PartyKind;
import org.xieshang.shared.InvalidInput;

/**
 * The cross-field rules of a report: who may submit it as what, the authors' shares of the points, the category, and
 * the standard form of an edited title. Field-level checks (required, lengths) sit on the request records.
 */
public final class ReportRules {

    /** The ideographic comma that separates names in Chinese text. */
    private static final String NAME_SEPARATOR = "\u3001";
    /** An edited title reads 关于……的建议. */
    private static final String TITLE_START = "\u5173\u4e8e";

    private static final String TITLE_END = "\u7684\u5efa\u8bae";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReportRules() {}

    /** A party, people's organisation or special committee of the submitter's committee, as the rules need it. */
    public record Unit(String name, PartyKind kind) {}

    /** Finds units of the committee the report is submitted in (anything of another committee reads as absent). */
    public interface Units {
        Optional<Unit> party(long id);

        Optional<Unit> specialCommittee(long id);
    }

    public static CheckedContent check(ReportContent c, Set<String> categories, Units units) {
        if (!categories.contains(c.category())) {
            throw new InvalidInput("category", "opinion.category-unknown");
        }
        String unitName = unitName(c, units);
        List<ReportPersonRow> persons = persons(c);
        String authors = persons.stream().map(ReportPersonRow::name).collect(Collectors.joining(NAME_SEPARATOR));
        boolean keepsParty =
                c.submitterType() == SubmitterType.PARTY || c.submitterType() == SubmitterType.ORGANISATION;
        return new CheckedContent(
                c.title().strip(),
                c.facts().strip(),
                c.analysis().strip(),
                c.suggestions().strip(),
                c.category(),
                c.submitterType(),
                keepsParty ? c.partyOrganisationId() : null,
                c.submitterType() == SubmitterType.SPECIAL_COMMITTEE ? c.specialCommitteeId() : null,
                unitName,
                authors,
                persons);
    }

    public static void checkEdit(EditedText text) {
        String title = text.title().strip();
        if (!title.startsWith(TITLE_START)
                || !title.endsWith(TITLE_END)
                || title.length() <= TITLE_START.length() + TITLE_END.length()) {
            throw new InvalidInput("title", "opinion.edited-title-form");
        }
    }

    private static String unitName(ReportContent c, Units units) {
        switch (c.submitterType()) {
            case PARTY, ORGANISATION -> {
                if (c.partyOrganisationId() == null) {
                    throw new InvalidInput("partyOrganisationId", "opinion.party-required");
                }
                Unit unit = units.party(c.partyOrganisationId())
                        .orElseThrow(() -> new InvalidInput("partyOrganisationId", "opinion.party-unknown"));
                boolean organisation = unit.kind() == PartyKind.PEOPLES_ORGANISATION;
                if (organisation != (c.submitterType() == SubmitterType.ORGANISATION)) {
                    throw new InvalidInput("submitterType", "opinion.party-kind-mismatch");
                }
                return unit.name();
            }
            case SPECIAL_COMMITTEE -> {
                if (c.specialCommitteeId() == null) {
                    throw new InvalidInput("specialCommitteeId", "opinion.special-committee-required");
                }
                return units.specialCommittee(c.specialCommitteeId())
                        .orElseThrow(() -> new InvalidInput("specialCommitteeId", "opinion.special-committee-unknown"))
                        .name();
            }
            default -> {
                return null;
            }
        }
    }

    private static List<ReportPersonRow> persons(ReportContent c) {
        List<ReportPerson> given = c.persons();
        boolean needsPersons =
                c.submitterType() == SubmitterType.MEMBER || c.submitterType() == SubmitterType.INFORMATION_OFFICER;
        if (needsPersons && given.isEmpty()) {
            throw new InvalidInput("persons", "opinion.persons-required");
        }
        if (c.submitterType() == SubmitterType.MEMBER && given.stream().anyMatch(p -> p.type() != PersonType.MEMBER)) {
            throw new InvalidInput("persons", "opinion.persons-members-only");
        }
        if (c.submitterType() == SubmitterType.INFORMATION_OFFICER
                && given.get(0).type() == PersonType.MEMBER) {
            throw new InvalidInput("persons", "opinion.persons-officer-first");
        }
        checkPersons(given);
        List<BigDecimal> shares = shares(given);
        List<ReportPersonRow> rows = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ReportPerson p = given.get(i);
            rows.add(new ReportPersonRow(i + 1, p.type(), p.id(), p.name().strip(), shares.get(i)));
        }
        return rows;
    }

    private static void checkPersons(List<ReportPerson> persons) {
        Set<String> seen = new HashSet<>();
        for (ReportPerson p : persons) {
            if (p.type() == null || p.name() == null || p.name().isBlank()) {
                throw new InvalidInput("persons", "opinion.person-incomplete");
            }
            if ((p.type() == PersonType.OTHER) != (p.id() == null)) {
                throw new InvalidInput("persons", "opinion.person-id");
            }
            String key = p.type() == PersonType.OTHER ? "OTHER:" + p.name().strip() : p.type() + ":" + p.id();
            if (!seen.add(key)) {
                throw new InvalidInput("persons", "opinion.person-duplicate");
            }
        }
    }

    /** Shares as given (all of them, adding up to 100), or an equal split when none is given. */
    private static List<BigDecimal> shares(List<ReportPerson> persons) {
        long given = persons.stream().filter(p -> p.share() != null).count();
        if (given == 0) {
            return Shares.equal(persons.size());
        }
        if (given != persons.size()) {
            throw new InvalidInput("persons", "opinion.shares-partial");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (ReportPerson p : persons) {
            if (p.share().signum() < 0
                    || p.share().compareTo(HUNDRED) > 0
                    || p.share().scale() > 2) {
                throw new InvalidInput("persons", "opinion.share-range");
            }
            total = total.add(p.share());
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new InvalidInput("persons", "opinion.shares-total");
        }
        return persons.stream().map(ReportPerson::share).toList();
    }
}
