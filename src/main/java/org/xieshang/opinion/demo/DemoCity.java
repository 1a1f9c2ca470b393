package org.xieshang.opinion.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.xieshang.member.MemberSummary;
import org.xieshang.opinion.CatalogueEntry;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.opinion.demo.DemoItem.Role;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.CommitteeView;

/**
 * One city's demo year at its own level: reports written and submitted through the year with running numbers,
 * edited, signed off, accepted or kept on file by the aggregate's own transitions, compiled into numbered issues of
 * the periodical, and some instructed by city leaders. What goes up is handed to {@link DemoUpward}.
 */
final class DemoCity {

    private static final Map<String, Integer> CATEGORY_WEIGHTS = Map.of(
            "ECONOMY",
            18,
            "URBAN",
            14,
            "RURAL",
            14,
            "CULTURE",
            16,
            "SOCIAL_SECURITY",
            12,
            "ECOLOGY",
            10,
            "GOVERNANCE",
            10,
            "UNITED_FRONT",
            3,
            "OTHER",
            3);
    private static final int SHOWCASE = 7;

    private final CommitteeView city;
    private final DemoPlan plan;
    private final DemoAuthors authors;
    private final List<MemberSummary> showcase;
    private final List<CatalogueEntry> categories;
    private final DemoTexts texts;
    private final DemoFlow flow;
    private final DemoRows rows;
    private final Random random;
    private final DemoDates dates;
    private final Who staff;

    DemoCity(
            CommitteeView city,
            DemoPlan plan,
            DemoAuthors authors,
            List<MemberSummary> showcase,
            List<CatalogueEntry> categories,
            DemoContext context) {
        this.city = city;
        this.plan = plan;
        this.authors = authors;
        this.showcase = showcase;
        this.categories = categories;
        this.texts = context.texts();
        this.flow = context.flow();
        this.rows = context.rows();
        this.random = context.random();
        this.dates = new DemoDates(random);
        this.staff = context.staff();
    }

    List<DemoItem> run() {
        List<DemoItem> items = items();
        assignRoles(items);
        write(items);
        publish(items.stream().filter(DemoItem::accepted).toList());
        instruct(items.stream().filter(DemoItem::accepted).toList());
        rows.add("opinion_counter", city.id(), DemoDates.YEAR, "REPORT", items.size());
        rows.add("opinion_counter", city.id(), DemoDates.YEAR, "ISSUE", plan.issues());
        return items;
    }

    /** One item per planned report; a type the committee cannot have (no members) becomes an officer's report. */
    private List<DemoItem> items() {
        List<DemoItem> items = new ArrayList<>();
        int showcased = 0;
        for (Map.Entry<SubmitterType, Integer> planned : plan.byType().entrySet()) {
            SubmitterType type = authors.can(planned.getKey()) ? planned.getKey() : SubmitterType.INFORMATION_OFFICER;
            for (int i = 0; i < planned.getValue(); i++) {
                boolean show = type == SubmitterType.MEMBER && !showcase.isEmpty() && showcased < SHOWCASE;
                items.add(new DemoItem(type, show ? ++showcased : 0));
            }
        }
        Collections.shuffle(items, random);
        return items;
    }

    /**
     * Decides how far each report goes. The provincial adoptions take the planned number of party reports; the demo
     * member's reports are placed first: three adopted above, one sent up, two accepted, one kept on file.
     */
    private void assignRoles(List<DemoItem> items) {
        List<DemoItem> open = new ArrayList<>(items);
        open.sort(Comparator.comparingInt((DemoItem i) -> i.showcase == 0 ? Integer.MAX_VALUE : i.showcase));
        for (DemoItem item : open) {
            if (item.showcase > 0) {
                item.role = item.showcase <= 3
                        ? Role.PROVINCIAL
                        : item.showcase == 4 ? Role.UPWARD : item.showcase <= 6 ? Role.ACCEPTED : Role.FILED;
            }
        }
        take(open, plan.inProgress(), Role.IN_PROGRESS, t -> t.showcase == 0);
        take(open, plan.partyProvincial(), Role.PROVINCIAL, t -> t.type == SubmitterType.PARTY);
        take(
                open,
                plan.provincial() - given(open, Role.PROVINCIAL),
                Role.PROVINCIAL,
                t -> t.type != SubmitterType.PARTY);
        take(open, plan.upward() - plan.provincial() - given(open, Role.UPWARD), Role.UPWARD, t -> true);
        take(open, plan.accepted() - plan.upward() - given(open, Role.ACCEPTED), Role.ACCEPTED, t -> true);
        open.stream().filter(i -> i.role == null).forEach(i -> i.role = Role.FILED);
    }

    private static int given(List<DemoItem> items, Role role) {
        return (int) items.stream().filter(i -> i.role == role).count();
    }

    private static void take(List<DemoItem> items, int count, Role role, Predicate<DemoItem> which) {
        int taken = 0;
        for (DemoItem item : items) {
            if (taken >= count) {
                return;
            }
            if (item.role == null && which.test(item)) {
                item.role = role;
                taken++;
            }
        }
    }

    /** Writes each report and takes it through the office in the order it was submitted. */
    private void write(List<DemoItem> items) {
        for (DemoItem item : items) {
            item.submittedAt = item.role == Role.IN_PROGRESS
                    ? dates.day(346, 362)
                    : item.goesUp() ? dates.day(4, 298) : dates.day(4, 342);
            String category = category();
            item.text = texts.report(category, city.name().equals(texts.first("city")), prefix());
            item.content = authors.content(item, category, showcase);
        }
        List<DemoItem> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing(i -> i.submittedAt));
        for (int i = 0; i < ordered.size(); i++) {
            DemoItem item = ordered.get(i);
            Who author = new Who(
                    null, item.content.unitName() != null ? item.content.unitName() : item.content.authorNames());
            OpinionReport report = OpinionReport.draft(city.id(), DemoDates.YEAR, item.content, author, null);
            report.assignId(rows.id("opinion_report"));
            report.submit("%d-%04d".formatted(DemoDates.YEAR, i + 1), DemoDates.YEAR, author, item.submittedAt);
            office(item, report, i);
            item.report = report;
            flow.register(report);
        }
    }

    /** 核稿, 签发 and the decision; a third of the reports kept on file are filed without editing. */
    private void office(DemoItem item, OpinionReport report, int index) {
        OffsetDateTime edited = dates.later(item.submittedAt, 1, 4);
        boolean filedAtOnce = item.role == Role.FILED && index % 3 == 0;
        if (item.role == Role.IN_PROGRESS && index % 3 == 0) {
            return;
        }
        if (!filedAtOnce) {
            report.edit(
                    new EditedText(item.text.editedTitle(), item.text.editedBody(), item.text.suggestions()),
                    staff,
                    edited);
        }
        if (item.role == Role.IN_PROGRESS && index % 3 == 1) {
            return;
        }
        OffsetDateTime signed = dates.later(edited, 0, 2);
        if (!filedAtOnce) {
            report.signOff(staff, signed);
        }
        if (item.role == Role.IN_PROGRESS) {
            return;
        }
        item.decidedAt = dates.later(signed, 0, 3);
        if (item.role == Role.FILED) {
            report.keepOnFile(texts.filedReason(), staff, item.decidedAt);
        } else {
            report.accept(staff, item.decidedAt);
        }
    }

    /** Splits the accepted reports, in the order they were accepted, into the planned number of issues. */
    private void publish(List<DemoItem> accepted) {
        List<DemoItem> ordered = new ArrayList<>(accepted);
        ordered.sort(Comparator.comparing(i -> i.decidedAt));
        OffsetDateTime previous = null;
        int start = 0;
        for (int number = 1; number <= plan.issues(); number++) {
            int end = ordered.size() * number / plan.issues();
            List<DemoItem> group = ordered.subList(start, end);
            start = end;
            if (group.isEmpty()) {
                continue;
            }
            OffsetDateTime at = dates.later(group.get(group.size() - 1).decidedAt, 1, 4);
            if (previous != null && !at.isAfter(previous)) {
                at = previous.plusMinutes(30);
            }
            previous = at;
            new DemoIssue(city, number, at, staff, texts, flow, rows, random).write(group, categories);
        }
    }

    private void instruct(List<DemoItem> accepted) {
        List<DemoItem> chosen = new ArrayList<>(accepted);
        Collections.shuffle(chosen, random);
        chosen.sort(Comparator.comparingInt(i -> i.showcase == 5 ? 0 : 1));
        for (DemoItem item : chosen.subList(0, Math.min(plan.municipalInstructions(), chosen.size()))) {
            flow.instruct(
                    item.report,
                    city,
                    InstructionRank.MUNICIPAL,
                    texts.leader("MUNICIPAL"),
                    texts.instruction("MUNICIPAL", item.content.category()),
                    null,
                    null,
                    dates.later(item.publishedAt, 3, 20));
        }
    }

    private String category() {
        int total = categories.stream()
                .mapToInt(c -> CATEGORY_WEIGHTS.getOrDefault(c.code(), 3))
                .sum();
        int draw = random.nextInt(total);
        for (CatalogueEntry c : categories) {
            draw -= CATEGORY_WEIGHTS.getOrDefault(c.code(), 3);
            if (draw < 0) {
                return c.code();
            }
        }
        return categories.get(0).code();
    }

    /** The city's name without 政协 and 委员会, for the place names of its reports (成都市, 阿坝藏族羌族自治州 …). */
    private String prefix() {
        return city.shortName().length() > 2
                ? city.shortName().substring(0, city.shortName().length() - 2)
                : "";
    }
}
