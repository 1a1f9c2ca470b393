package org.xieshang.proposal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.xieshang.member.MemberSummary;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.NamedRef;

/**
 * What the demo proposals are made from: the committee, its two meetings of term 9, members, handling units (by id
 * and by name), the sentence pools, and the random numbers; with the date arithmetic the generator shares.
 */
record DemoWorld(
        long committeeId,
        List<MeetingView> meetings,
        List<MemberSummary> members,
        Map<Long, String> memberNames,
        List<NamedRef> units,
        Map<Long, String> unitNames,
        Map<String, Long> unitIds,
        DemoTexts texts,
        Random random) {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    String staff() {
        return texts.first("staff");
    }

    String supervisor() {
        return texts.first("supervisor");
    }

    String unitName(long unitId) {
        return unitNames.get(unitId);
    }

    String memberName(Long memberId) {
        return memberId == null ? staff() : memberNames.get(memberId);
    }

    /** A moment in office hours, {@code min} to {@code min + spread} days after {@code from}. */
    OffsetDateTime day(OffsetDateTime from, int min, int spread) {
        LocalDate date = from.atZoneSameInstant(CHINA)
                .toLocalDate()
                .plusDays(min + (spread > 0 ? random.nextInt(spread + 1) : 0));
        return at(date);
    }

    OffsetDateTime at(LocalDate date) {
        return OffsetDateTime.of(date, LocalTime.of(9 + random.nextInt(8), random.nextInt(60)), CHINA);
    }

    LocalDate date(OffsetDateTime at) {
        return at.atZoneSameInstant(CHINA).toLocalDate();
    }
}
