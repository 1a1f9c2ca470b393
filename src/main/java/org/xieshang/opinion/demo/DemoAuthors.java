package org.xieshang.opinion.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.xieshang.member.MemberSummary;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.opinion.domain.CheckedContent;
import org.xieshang.opinion.domain.ReportPersonRow;
import org.xieshang.opinion.domain.Shares;
import org.xieshang.organisation.NamedRef;

/**
 * Who wrote each demo report: members (alone or jointly, with equal or agreed shares), a party or 工商联 (with some of
 * its members named), a people's organisation, a special committee, or an invited information officer.
 */
final class DemoAuthors {

    private static final String SEPARATOR = "\u3001";

    private final List<MemberSummary> members;
    private final Map<Long, List<MemberSummary>> byParty;
    private final List<NamedRef> parties;
    private final List<NamedRef> organisations;
    private final List<NamedRef> specials;
    private final List<String> officers;
    private final Random random;

    DemoAuthors(
            List<MemberSummary> members,
            List<NamedRef> parties,
            List<NamedRef> organisations,
            List<NamedRef> specials,
            List<String> officers,
            Random random) {
        this.members = members;
        this.byParty = members.stream()
                .filter(m -> m.partyOrganisationId() != null)
                .collect(Collectors.groupingBy(MemberSummary::partyOrganisationId));
        this.parties = parties;
        this.organisations = organisations;
        this.specials = specials;
        this.officers = officers;
        this.random = random;
    }

    /** Whether reports of this type can be written here (a committee without members has no member reports). */
    boolean can(SubmitterType type) {
        switch (type) {
            case MEMBER -> {
                return !members.isEmpty();
            }
            case PARTY -> {
                return !parties.isEmpty();
            }
            case ORGANISATION -> {
                return !organisations.isEmpty();
            }
            case SPECIAL_COMMITTEE -> {
                return !specials.isEmpty();
            }
            default -> {
                return !officers.isEmpty();
            }
        }
    }

    CheckedContent content(DemoItem item, String category, List<MemberSummary> showcase) {
        DemoTexts.Text t = item.text;
        List<ReportPersonRow> persons = new ArrayList<>();
        NamedRef unit = null;
        switch (item.type) {
            case MEMBER -> persons = item.showcase > 0 ? showcasePersons(item, showcase) : memberPersons();
            case PARTY -> {
                unit = parties.get(random.nextInt(parties.size()));
                List<MemberSummary> own = byParty.getOrDefault(unit.id(), List.of());
                if (!own.isEmpty() && random.nextInt(10) < 6) {
                    persons = rows(List.of(own.get(random.nextInt(own.size()))), null);
                }
            }
            case ORGANISATION -> unit = organisations.get(random.nextInt(organisations.size()));
            case SPECIAL_COMMITTEE -> unit = specials.get(random.nextInt(specials.size()));
            default ->
                persons = List.of(new ReportPersonRow(
                        1,
                        PersonType.OTHER,
                        null,
                        officers.get(random.nextInt(officers.size())),
                        new BigDecimal("100.00")));
        }
        boolean party = item.type == SubmitterType.PARTY || item.type == SubmitterType.ORGANISATION;
        String authors = persons.stream().map(ReportPersonRow::name).collect(Collectors.joining(SEPARATOR));
        return new CheckedContent(
                t.title(),
                t.facts(),
                t.analysis(),
                t.suggestions(),
                category,
                item.type,
                party ? unit.id() : null,
                item.type == SubmitterType.SPECIAL_COMMITTEE ? unit.id() : null,
                unit == null ? null : unit.name(),
                authors,
                persons);
    }

    /** The demo member writes alone, except one joint report with the second demo member (60 : 40). */
    private List<ReportPersonRow> showcasePersons(DemoItem item, List<MemberSummary> showcase) {
        if (item.showcase == 2 && showcase.size() > 1) {
            return rows(showcase.subList(0, 2), List.of(new BigDecimal("60.00"), new BigDecimal("40.00")));
        }
        return rows(showcase.subList(0, 1), null);
    }

    private List<ReportPersonRow> memberPersons() {
        int draw = random.nextInt(100);
        int count = draw < 75 ? 1 : draw < 93 ? 2 : 3;
        List<MemberSummary> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(count, members.size())) {
            MemberSummary m = members.get(random.nextInt(members.size()));
            if (!chosen.contains(m)) {
                chosen.add(m);
            }
        }
        List<BigDecimal> shares = null;
        if (chosen.size() == 2 && random.nextBoolean()) {
            shares = List.of(new BigDecimal("60.00"), new BigDecimal("40.00"));
        } else if (chosen.size() == 3 && random.nextBoolean()) {
            shares = List.of(new BigDecimal("50.00"), new BigDecimal("30.00"), new BigDecimal("20.00"));
        }
        return rows(chosen, shares);
    }

    private static List<ReportPersonRow> rows(List<MemberSummary> chosen, List<BigDecimal> shares) {
        List<BigDecimal> split = shares != null ? shares : Shares.equal(chosen.size());
        List<ReportPersonRow> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            rows.add(new ReportPersonRow(
                    i + 1, PersonType.MEMBER, chosen.get(i).id(), chosen.get(i).name(), split.get(i)));
        }
        return rows;
    }
}
