package org.xieshang.opinion.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.UpwardChannel;
import org.xieshang.opinion.demo.DemoItem.Role;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.organisation.CommitteeView;

/**
 * A city's reports above its own level: sent to the provincial committee, adopted there (single, composite or
 * forwarded) with provincial instructions and department adoptions, some kept on file; some adopted ones sent on to
 * the national committee and adopted there, a few with a central leader's instruction.
 */
final class DemoUpward {

    private final CommitteeView city;
    private final CommitteeView province;
    private final CommitteeView nation;
    private final DemoPlan plan;
    private final DemoTexts texts;
    private final DemoFlow flow;
    private final Random random;
    private final DemoDates dates;

    DemoUpward(CommitteeView city, CommitteeView province, CommitteeView nation, DemoPlan plan, DemoContext context) {
        this.city = city;
        this.province = province;
        this.nation = nation;
        this.plan = plan;
        this.texts = context.texts();
        this.flow = context.flow();
        this.random = context.random();
        this.dates = new DemoDates(random);
    }

    void run(List<DemoItem> items) {
        List<DemoItem> up =
                new ArrayList<>(items.stream().filter(DemoItem::goesUp).toList());
        up.sort(Comparator.comparing(i -> i.publishedAt));
        for (DemoItem item : up) {
            item.sentAt = dates.later(item.publishedAt, 1, 6);
            item.copy = flow.sendUp(item.report, city, province, UpwardChannel.NORMAL, item.sentAt);
        }
        List<DemoItem> adopted =
                showcaseFirst(up.stream().filter(i -> i.role == Role.PROVINCIAL).toList());
        adoptAtProvince(adopted);
        List<DemoItem> notAdopted =
                new ArrayList<>(up.stream().filter(i -> i.role == Role.UPWARD).toList());
        Collections.shuffle(notAdopted, random);
        for (DemoItem item : notAdopted.subList(0, Math.min(plan.provincialFiled(), notAdopted.size()))) {
            flow.keepOnFile(item.copy, province, texts.filedReason(), dates.later(item.sentAt, 5, 30));
        }
        if (nation != null) {
            national(adopted.subList(0, Math.min(plan.toNational(), adopted.size())));
        }
    }

    private void adoptAtProvince(List<DemoItem> adopted) {
        List<AdoptionKind> kinds = kinds(plan.provincialKinds());
        for (int i = 0; i < adopted.size(); i++) {
            DemoItem item = adopted.get(i);
            item.adoptionKind = i < kinds.size() ? kinds.get(i) : AdoptionKind.SINGLE;
            item.adoptedAt = dates.later(item.sentAt, 3, 25);
            item.adoptionKey = flow.adopt(item.copy, province, item.adoptionKind, item.adoptedAt);
        }
        List<DemoItem> singles = adopted.stream()
                .filter(i -> i.adoptionKind == AdoptionKind.SINGLE)
                .toList();
        for (DemoItem item : singles.subList(0, Math.min(plan.provincialInstructions(), singles.size()))) {
            flow.instruct(
                    item.copy,
                    province,
                    InstructionRank.PROVINCIAL,
                    texts.leader("PROVINCIAL"),
                    texts.instruction("PROVINCIAL", item.content.category()),
                    item.adoptionKey,
                    AdoptionKind.SINGLE,
                    dates.later(item.adoptedAt, 2, 20));
        }
        List<DemoItem> shuffled = new ArrayList<>(adopted);
        Collections.shuffle(shuffled, random);
        for (DemoItem item : shuffled.subList(0, Math.min(plan.departmentAdoptions(), shuffled.size()))) {
            flow.departmentAdopted(
                    item.copy,
                    province,
                    texts.department("PROVINCIAL", item.content.category()),
                    item.adoptionKey,
                    dates.later(item.adoptedAt, 5, 30));
        }
    }

    /** Sends adopted copies on to the national committee, which adopts the planned number and files some others. */
    private void national(List<DemoItem> sent) {
        List<AdoptionKind> kinds = kinds(plan.nationalKinds());
        List<OpinionReport> copies = new ArrayList<>();
        List<java.time.OffsetDateTime> sentAt = new ArrayList<>();
        for (DemoItem item : sent) {
            java.time.OffsetDateTime at = dates.later(item.adoptedAt, 1, 8);
            copies.add(flow.sendUp(item.copy, province, nation, UpwardChannel.NORMAL, at));
            sentAt.add(at);
        }
        int adopted = Math.min(plan.national(), copies.size());
        int central = plan.centralInstructions();
        for (int i = 0; i < adopted; i++) {
            java.time.OffsetDateTime at = dates.later(sentAt.get(i), 5, 25);
            String key = flow.adopt(copies.get(i), nation, kinds.get(i), at);
            if (kinds.get(i) == AdoptionKind.SINGLE && central-- > 0) {
                flow.instruct(
                        copies.get(i),
                        nation,
                        InstructionRank.CENTRAL,
                        texts.leader("CENTRAL"),
                        texts.instruction("NATIONAL", sent.get(i).content.category()),
                        key,
                        AdoptionKind.SINGLE,
                        dates.later(at, 3, 20));
            }
        }
        for (int i = adopted; i < Math.min(copies.size(), adopted + plan.nationalFiled()); i++) {
            flow.keepOnFile(copies.get(i), nation, texts.filedReason(), dates.later(sentAt.get(i), 5, 25));
        }
    }

    /** The kinds in a shuffled order, except that the first is single (the demo member's report goes farthest). */
    private List<AdoptionKind> kinds(int[] counts) {
        List<AdoptionKind> kinds = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            kinds.addAll(Collections.nCopies(counts[k], AdoptionKind.values()[k]));
        }
        Collections.shuffle(kinds, random);
        int single = kinds.indexOf(AdoptionKind.SINGLE);
        if (single > 0) {
            Collections.swap(kinds, 0, single);
        }
        return kinds;
    }

    private List<DemoItem> showcaseFirst(List<DemoItem> items) {
        List<DemoItem> ordered = new ArrayList<>(items);
        Collections.shuffle(ordered, random);
        ordered.sort(Comparator.comparingInt(i -> i.showcase == 0 ? Integer.MAX_VALUE : i.showcase));
        return ordered;
    }
}
