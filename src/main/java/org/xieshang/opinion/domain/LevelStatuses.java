package org.xieshang.opinion.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.LevelProgress;
import org.xieshang.opinion.LevelRef;
import org.xieshang.opinion.LevelStatus;
import org.xieshang.opinion.OutcomeType;
import org.xieshang.opinion.OutcomeView;
import org.xieshang.opinion.UpwardView;

/**
 * A report's status at each level it reached, from what this committee recorded: its own state for its own level;
 * above, whether it was sent, received, adopted (and how) or kept on file, with everything recorded there.
 */
public final class LevelStatuses {

    private LevelStatuses() {}

    public static List<LevelStatus> of(
            OpinionReport report, LevelRef here, List<OutcomeRow> outcomes, List<UpwardView> upwards) {
        Map<Long, LevelRef> levels = new LinkedHashMap<>();
        levels.put(here.committeeId(), here);
        upwards.forEach(u -> levels.putIfAbsent(
                u.targetCommitteeId(), new LevelRef(u.targetCommitteeId(), u.targetCommitteeName(), u.targetLevel())));
        outcomes.forEach(o -> levels.putIfAbsent(
                o.levelCommitteeId(), new LevelRef(o.levelCommitteeId(), o.levelCommitteeName(), o.level())));
        List<LevelStatus> statuses = new ArrayList<>();
        for (LevelRef level : levels.values()) {
            List<OutcomeRow> there = outcomes.stream()
                    .filter(o -> o.levelCommitteeId() == level.committeeId())
                    .toList();
            AdoptionKind kind = there.stream()
                    .filter(o -> o.type() == OutcomeType.ADOPTED && !o.revoked())
                    .map(OutcomeRow::adoptionKind)
                    .reduce((first, second) -> second)
                    .orElse(null);
            LevelProgress progress = level.committeeId() == here.committeeId() ? own(report) : above(kind, there);
            List<OutcomeView> views = there.stream().map(OutcomeRow::view).toList();
            statuses.add(
                    new LevelStatus(level.committeeId(), level.committeeName(), level.level(), progress, kind, views));
        }
        // own level first, then upwards (county → national)
        statuses.sort(
                Comparator.comparing((LevelStatus s) -> s.level().ordinal()).reversed());
        return statuses;
    }

    private static LevelProgress own(OpinionReport report) {
        switch (report.state()) {
            case ACCEPTED -> {
                return LevelProgress.ACCEPTED;
            }
            case FILED -> {
                return LevelProgress.FILED;
            }
            case RECEIVED -> {
                return LevelProgress.RECEIVED;
            }
            case ADOPTED -> {
                return LevelProgress.ADOPTED;
            }
            default -> {
                return LevelProgress.IN_PROGRESS;
            }
        }
    }

    private static LevelProgress above(AdoptionKind kind, List<OutcomeRow> there) {
        if (kind != null) {
            return LevelProgress.ADOPTED;
        }
        if (there.stream().anyMatch(o -> o.type() == OutcomeType.FILED)) {
            return LevelProgress.FILED;
        }
        return there.isEmpty() ? LevelProgress.SENT : LevelProgress.RECEIVED;
    }
}
