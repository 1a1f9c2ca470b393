package org.xieshang.proposal;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The values domain-rules §1 marks as local, with the defaults given there (Sichuan / Luzhou). Categories, not-filed
 * reasons and supervision parties are codes; their Chinese names are {@code proposal.category.<code>},
 * {@code proposal.not-filed-reason.<code>} and {@code proposal.party.<code>} in the bundle, so a locality adding a code
 * adds its name there. Periods are written as {@code 3m}, {@code 10d} or ISO {@code P3M}.
 */
@ConfigurationProperties("xieshang.proposal")
public record ProposalSettings(
        int lengthWarning,
        int plenaryCutoffDays,
        List<String> categories,
        List<String> notFiledReasons,
        List<String> supervisionParties,
        Period coSignWindow,
        Period contestWindow,
        Period intersessionDeadline,
        Period plenaryDeadline,
        Period urgentDeadline,
        Period maxDeadline,
        Period rehandlingDeadline,
        int disclosureWorkingDays,
        List<Integer> reminderDays,
        Boolean replyReviewRequired,
        Calendar calendar) {

    /** 五位一体: economy, politics, culture, society, ecological civilisation. */
    public static final List<String> DEFAULT_CATEGORIES =
            List.of("ECONOMY", "POLITICS", "CULTURE", "SOCIETY", "ECOLOGY");

    /** The national list of grounds for not filing (domain-rules §1.5); localities add their own. */
    public static final List<String> DEFAULT_NOT_FILED_REASONS = List.of(
            "SECRET",
            "PROHIBITED",
            "CPC_INTERNAL",
            "PARTY_INTERNAL",
            "IN_LITIGATION",
            "ACADEMIC",
            "PERSONAL",
            "ADVERTISING",
            "NAMED_REPORT",
            "VAGUE");

    /** The "six-party linkage" as DOMAIN.md reads it; not verified for Luzhou, hence configurable. */
    public static final List<String> DEFAULT_SUPERVISION_PARTIES = List.of(
            "PROPOSER",
            "HANDLING_UNIT",
            "PROPOSAL_COMMITTEE",
            "PARTY_SUPERVISION_OFFICE",
            "GOVERNMENT_SUPERVISION_OFFICE",
            "SPECIAL_COMMITTEE");

    public ProposalSettings {
        lengthWarning = lengthWarning <= 0 ? 1500 : lengthWarning;
        plenaryCutoffDays = plenaryCutoffDays <= 0 ? 90 : plenaryCutoffDays;
        categories = orDefault(categories, DEFAULT_CATEGORIES);
        notFiledReasons = orDefault(notFiledReasons, DEFAULT_NOT_FILED_REASONS);
        supervisionParties = orDefault(supervisionParties, DEFAULT_SUPERVISION_PARTIES);
        coSignWindow = orDefault(coSignWindow, Period.ofDays(7));
        contestWindow = orDefault(contestWindow, Period.ofDays(10));
        intersessionDeadline = orDefault(intersessionDeadline, Period.ofMonths(3));
        plenaryDeadline = orDefault(plenaryDeadline, Period.ofMonths(5));
        urgentDeadline = orDefault(urgentDeadline, Period.ofMonths(1));
        maxDeadline = orDefault(maxDeadline, Period.ofMonths(6));
        rehandlingDeadline = orDefault(rehandlingDeadline, Period.ofMonths(3));
        disclosureWorkingDays = disclosureWorkingDays <= 0 ? 20 : disclosureWorkingDays;
        reminderDays = orDefault(reminderDays, List.of(15, 7));
        replyReviewRequired = replyReviewRequired == null || replyReviewRequired;
        calendar = calendar == null ? new Calendar(null, null) : calendar;
    }

    /** The default settings, as when nothing is configured. */
    public static ProposalSettings defaults() {
        return new ProposalSettings(
                0, 0, null, null, null, null, null, null, null, null, null, null, 0, null, null, null);
    }

    /**
     * Public holidays and the weekend days worked in exchange (调休), as dates or ranges {@code 2022-01-31..2022-02-06}.
     * The defaults are the State Council's schedules for 2022 and 2023; add later years in configuration.
     */
    public record Calendar(List<String> holidays, List<String> workingWeekends) {

        public Calendar {
            holidays = orDefault(holidays, HOLIDAYS_2022_2023);
            workingWeekends = orDefault(workingWeekends, WORKING_WEEKENDS_2022_2023);
        }

        static final List<String> HOLIDAYS_2022_2023 = List.of(
                "2022-01-01..2022-01-03",
                "2022-01-31..2022-02-06",
                "2022-04-03..2022-04-05",
                "2022-04-30..2022-05-04",
                "2022-06-03..2022-06-05",
                "2022-09-10..2022-09-12",
                "2022-10-01..2022-10-07",
                "2022-12-31..2023-01-02",
                "2023-01-21..2023-01-27",
                "2023-04-05",
                "2023-04-29..2023-05-03",
                "2023-06-22..2023-06-24",
                "2023-09-29..2023-10-06");

        static final List<String> WORKING_WEEKENDS_2022_2023 = List.of(
                "2022-01-29",
                "2022-01-30",
                "2022-04-02",
                "2022-04-24",
                "2022-05-07",
                "2022-10-08",
                "2022-10-09",
                "2023-01-28",
                "2023-01-29",
                "2023-04-23",
                "2023-05-06",
                "2023-06-25",
                "2023-10-07",
                "2023-10-08");
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static <T> List<T> orDefault(List<T> value, List<T> fallback) {
        return value == null || value.isEmpty() ? fallback : List.copyOf(value);
    }
}
