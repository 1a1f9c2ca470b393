package org.xieshang.opinion.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.OutcomeType;
import org.xieshang.organisation.CommitteeLevel;

/**
 * Which row of the points table an outcome earns, and how many points (DOMAIN.md §3): own periodical 1, municipal
 * adoption 1, provincial adoption 5, national forwarded 10, national single 20, instructions by rank 5/10/30; a
 * composite piece earns {@code COMPOSITE_SHARE} (half) of the single-piece points, instructions on it too. Points are
 * additive: each level reached adds its own.
 */
public final class PointsRules {

    public static final String PERIODICAL = "PERIODICAL";
    public static final String COMPOSITE_SHARE = "COMPOSITE_SHARE";

    private PointsRules() {}

    /** The rule and points an outcome earns; {@code originRecord}: the record is the report as written, not a copy. */
    public record Award(String ruleCode, BigDecimal points) {}

    public static Optional<Award> award(OutcomeRow o, boolean originRecord, Map<String, BigDecimal> table) {
        Optional<String> rule = rule(o, originRecord);
        if (rule.isEmpty() || !table.containsKey(rule.get())) {
            return Optional.empty();
        }
        BigDecimal points = table.get(rule.get());
        if (o.adoptionKind() == AdoptionKind.COMPOSITE) {
            points = points.multiply(table.getOrDefault(COMPOSITE_SHARE, BigDecimal.ONE));
        }
        points = points.setScale(2, java.math.RoundingMode.HALF_UP);
        return points.signum() == 0 ? Optional.empty() : Optional.of(new Award(rule.get(), points));
    }

    static Optional<String> rule(OutcomeRow o, boolean originRecord) {
        boolean ownLevel = o.levelCommitteeId() == o.committeeId();
        if (o.type() == OutcomeType.PUBLISHED) {
            // only the periodical of the report's own committee counts; a copy published above earns by adoption
            return originRecord && ownLevel ? Optional.of(PERIODICAL) : Optional.empty();
        }
        if (o.type() == OutcomeType.ADOPTED) {
            return adoptionRule(o.level(), o.adoptionKind());
        }
        if (o.type() == OutcomeType.INSTRUCTED && o.instructionRank() != null) {
            return Optional.of(o.instructionRank().name() + "_INSTRUCTION");
        }
        return Optional.empty();
    }

    private static Optional<String> adoptionRule(CommitteeLevel level, AdoptionKind kind) {
        switch (level) {
            case NATIONAL -> {
                return Optional.of(kind == AdoptionKind.FORWARDED ? "NATIONAL_FORWARDED" : "NATIONAL_SINGLE");
            }
            case PROVINCIAL -> {
                return Optional.of("PROVINCIAL_ADOPTION");
            }
            case MUNICIPAL -> {
                return Optional.of("MUNICIPAL_ADOPTION");
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
