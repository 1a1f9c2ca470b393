package org.xieshang.opinion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.BeneficiaryType;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.OutcomeType;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.organisation.CommitteeLevel;

/**
 * Point arithmetic: the default table of DOMAIN.md §3, composite pieces at half, instructions by rank, and the split
 * of an outcome's points across joint submitters, their unit, or the committee that sent a copy up.
 */
class PointsTests {

    /** The defaults written by the migration. */
    static final Map<String, BigDecimal> TABLE = Map.of(
            "PERIODICAL", new BigDecimal("1"),
            "MUNICIPAL_ADOPTION", new BigDecimal("1"),
            "PROVINCIAL_ADOPTION", new BigDecimal("5"),
            "NATIONAL_FORWARDED", new BigDecimal("10"),
            "NATIONAL_SINGLE", new BigDecimal("20"),
            "MUNICIPAL_INSTRUCTION", new BigDecimal("5"),
            "PROVINCIAL_INSTRUCTION", new BigDecimal("10"),
            "CENTRAL_INSTRUCTION", new BigDecimal("30"),
            "COMPOSITE_SHARE", new BigDecimal("0.5"));

    private static final long HERE = 10L;
    private static final long ABOVE = 20L;

    @Test
    void theOwnPeriodicalEarnsOnePointOnTheReportAsWrittenOnly() {
        assertThat(points(
                        outcome(HERE, CommitteeLevel.MUNICIPAL, OutcomeType.PUBLISHED, AdoptionKind.SINGLE, null),
                        true))
                .isEqualByComparingTo("1");
        assertThat(award(
                        outcome(HERE, CommitteeLevel.MUNICIPAL, OutcomeType.PUBLISHED, AdoptionKind.SINGLE, null),
                        false))
                .isNull();
        assertThat(award(
                        outcome(ABOVE, CommitteeLevel.PROVINCIAL, OutcomeType.PUBLISHED, AdoptionKind.SINGLE, null),
                        true))
                .isNull();
    }

    @Test
    void adoptionsEarnByLevelAndKind() {
        assertThat(adopted(CommitteeLevel.PROVINCIAL, AdoptionKind.SINGLE)).isEqualByComparingTo("5");
        assertThat(adopted(CommitteeLevel.PROVINCIAL, AdoptionKind.FORWARDED)).isEqualByComparingTo("5");
        assertThat(adopted(CommitteeLevel.NATIONAL, AdoptionKind.FORWARDED)).isEqualByComparingTo("10");
        assertThat(adopted(CommitteeLevel.NATIONAL, AdoptionKind.SINGLE)).isEqualByComparingTo("20");
        assertThat(adopted(CommitteeLevel.MUNICIPAL, AdoptionKind.SINGLE)).isEqualByComparingTo("1");
    }

    @Test
    void aCompositePieceEarnsHalfOfASinglePiece() {
        assertThat(adopted(CommitteeLevel.PROVINCIAL, AdoptionKind.COMPOSITE)).isEqualByComparingTo("2.5");
        assertThat(adopted(CommitteeLevel.NATIONAL, AdoptionKind.COMPOSITE)).isEqualByComparingTo("10");
        assertThat(points(
                        outcome(HERE, CommitteeLevel.MUNICIPAL, OutcomeType.PUBLISHED, AdoptionKind.COMPOSITE, null),
                        true))
                .isEqualByComparingTo("0.5");
    }

    @Test
    void instructionsEarnByTheLeadersRankAndHalfOnACompositeAdoption() {
        assertThat(instructed(InstructionRank.MUNICIPAL, null)).isEqualByComparingTo("5");
        assertThat(instructed(InstructionRank.PROVINCIAL, AdoptionKind.SINGLE)).isEqualByComparingTo("10");
        assertThat(instructed(InstructionRank.CENTRAL, AdoptionKind.SINGLE)).isEqualByComparingTo("30");
        assertThat(instructed(InstructionRank.CENTRAL, AdoptionKind.COMPOSITE)).isEqualByComparingTo("15");
    }

    @Test
    void receivingFilingAndDepartmentAdoptionEarnNothing() {
        for (OutcomeType type : List.of(OutcomeType.RECEIVED, OutcomeType.FILED, OutcomeType.DEPARTMENT_ADOPTED)) {
            assertThat(award(outcome(ABOVE, CommitteeLevel.PROVINCIAL, type, null, null), true))
                    .isNull();
        }
    }

    @Test
    void aCommitteesOwnTableReplacesTheDefault() {
        Map<String, BigDecimal> own = new HashMap<>(TABLE);
        own.put("PROVINCIAL_ADOPTION", new BigDecimal("8"));
        own.put("COMPOSITE_SHARE", new BigDecimal("0.25"));
        OutcomeRow composite =
                outcome(ABOVE, CommitteeLevel.PROVINCIAL, OutcomeType.ADOPTED, AdoptionKind.COMPOSITE, null);
        assertThat(PointsRules.award(composite, true, own).orElseThrow().points())
                .isEqualByComparingTo("2");
    }

    @Test
    void jointSubmittersShareThePointsAsAgreedAndTheirUnitGetsThemWhole() {
        OpinionReport report = new OpinionReport(
                Reports.row(1L, HERE, OpinionState.ACCEPTED, SubmitterType.PARTY, 40L, false),
                List.of(Reports.member(1, 7L, "60"), Reports.member(2, 8L, "40")));
        List<PointsLedger.Credit> credits = PointsLedger.credits(report, new BigDecimal("5.00"));
        assertThat(credits)
                .extracting(c -> c.type() + ":" + c.id() + "=" + c.points())
                .containsExactly("MEMBER:7=3.00", "MEMBER:8=2.00", "PARTY:40=5.00");
    }

    @Test
    void anEqualSplitAddsUpToTheWhole() {
        List<BigDecimal> shares = Shares.equal(3);
        assertThat(shares).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        OpinionReport report = new OpinionReport(
                Reports.row(1L, HERE, OpinionState.ACCEPTED, SubmitterType.MEMBER, null, false),
                List.of(
                        new ReportPersonRow(1, PersonType.MEMBER, 7L, "a", shares.get(0)),
                        new ReportPersonRow(2, PersonType.MEMBER, 8L, "b", shares.get(1)),
                        new ReportPersonRow(3, PersonType.MEMBER, 9L, "c", shares.get(2))));
        List<PointsLedger.Credit> credits = PointsLedger.credits(report, BigDecimal.ONE);
        assertThat(credits)
                .extracting(PointsLedger.Credit::points)
                .map(BigDecimal::toPlainString)
                .containsExactly("0.34", "0.33", "0.33");
    }

    @Test
    void aSourceWithNoRecordHereEarnsNothingAndTheOthersShareTheWhole() {
        OpinionReport report = new OpinionReport(
                Reports.row(1L, HERE, OpinionState.ACCEPTED, SubmitterType.INFORMATION_OFFICER, null, false),
                List.of(
                        new ReportPersonRow(1, PersonType.OTHER, null, "source", new BigDecimal("50")),
                        new ReportPersonRow(2, PersonType.USER, 77L, "officer", new BigDecimal("50"))));
        assertThat(PointsLedger.credits(report, new BigDecimal("5")))
                .extracting(c -> c.type() + ":" + c.id() + "=" + c.points())
                .containsExactly("USER:77=5.00");
    }

    @Test
    void aCopyCreditsTheCommitteeThatSentItUp() {
        OpinionReport copy = Reports.in(OpinionState.ADOPTED);
        assertThat(PointsLedger.credits(copy, new BigDecimal("20")))
                .extracting(c -> c.type() + ":" + c.id() + "=" + c.points())
                .containsExactly(BeneficiaryType.COMMITTEE + ":3=20");
    }

    private static BigDecimal adopted(CommitteeLevel level, AdoptionKind kind) {
        return points(outcome(ABOVE, level, OutcomeType.ADOPTED, kind, null), true);
    }

    private static BigDecimal instructed(InstructionRank rank, AdoptionKind kind) {
        return points(outcome(ABOVE, CommitteeLevel.PROVINCIAL, OutcomeType.INSTRUCTED, kind, rank), true);
    }

    private static BigDecimal points(OutcomeRow o, boolean origin) {
        PointsRules.Award award = award(o, origin);
        assertThat(award).isNotNull();
        return award.points();
    }

    private static PointsRules.Award award(OutcomeRow o, boolean origin) {
        return PointsRules.award(o, origin, TABLE).orElse(null);
    }

    static OutcomeRow outcome(
            long levelCommittee, CommitteeLevel level, OutcomeType type, AdoptionKind kind, InstructionRank rank) {
        return new OutcomeRow(
                1L,
                HERE,
                1L,
                levelCommittee,
                "level",
                level,
                type,
                kind,
                rank,
                null,
                null,
                null,
                LocalDate.of(2022, 6, 1),
                "key",
                false,
                null,
                null);
    }
}
