package org.xieshang.opinion.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.xieshang.opinion.SubmitterType;

/**
 * How many reports a committee gets and how far they go. 泸州's plan is fixed so that its statistics read as its 2022
 * work report does (2846 compiled and reported, 160 adopted by the provincial committee and 34 of them by the national
 * one, 1213 from parties and 工商联 with 82 adopted above); the other cities' plans are drawn smaller, so that 泸州 leads
 * the provincial ranking.
 */
record DemoPlan(
        Map<SubmitterType, Integer> byType,
        int accepted,
        int inProgress,
        int upward,
        int provincial,
        int partyProvincial,
        int[] provincialKinds,
        int toNational,
        int[] nationalKinds,
        int provincialInstructions,
        int centralInstructions,
        int municipalInstructions,
        int departmentAdoptions,
        int provincialFiled,
        int nationalFiled,
        int issues) {

    int reports() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }

    int national() {
        return nationalKinds[0] + nationalKinds[1] + nationalKinds[2];
    }

    static DemoPlan luzhou() {
        Map<SubmitterType, Integer> types = new EnumMap<>(SubmitterType.class);
        types.put(SubmitterType.PARTY, 1213);
        types.put(SubmitterType.MEMBER, 883);
        types.put(SubmitterType.INFORMATION_OFFICER, 420);
        types.put(SubmitterType.ORGANISATION, 190);
        types.put(SubmitterType.SPECIAL_COMMITTEE, 140);
        return new DemoPlan(
                types,
                1336,
                30,
                560,
                160,
                82,
                new int[] {118, 32, 10},
                60,
                new int[] {9, 5, 20},
                14,
                3,
                45,
                12,
                150,
                16,
                120);
    }

    /** A smaller city: at most about 100 provincial and 12 national adoptions, so its points stay below 泸州's. */
    static DemoPlan drawn(Random random) {
        int reports = 90 + random.nextInt(121);
        Map<SubmitterType, Integer> types = new EnumMap<>(SubmitterType.class);
        types.put(SubmitterType.PARTY, reports / 2);
        types.put(SubmitterType.ORGANISATION, reports / 10);
        types.put(SubmitterType.SPECIAL_COMMITTEE, reports * 15 / 100);
        types.put(SubmitterType.INFORMATION_OFFICER, reports - reports / 2 - reports / 10 - reports * 15 / 100);
        int accepted = reports * 45 / 100;
        int upward = accepted * (40 + random.nextInt(21)) / 100;
        int provincial = Math.min(upward, 6 + random.nextInt(Math.max(1, Math.min(95, upward))));
        int composite = provincial / 5;
        int forwarded = provincial / 10;
        int toNational = Math.min(provincial, provincial / 4 + random.nextInt(5));
        int national = Math.min(toNational, random.nextInt(13));
        int[] nationalKinds = {national * 3 / 10, national / 5, national - national * 3 / 10 - national / 5};
        return new DemoPlan(
                types,
                accepted,
                3,
                upward,
                provincial,
                provincial * 45 / 100,
                new int[] {provincial - composite - forwarded, composite, forwarded},
                toNational,
                nationalKinds,
                Math.min(provincial - composite - forwarded, random.nextInt(4)),
                Math.min(nationalKinds[0], random.nextInt(2)),
                random.nextInt(6),
                random.nextInt(4),
                (upward - provincial) / 3,
                (toNational - national) / 2,
                Math.max(1, accepted / 11));
    }
}
