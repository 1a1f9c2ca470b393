package org.xieshang.opinion;

import java.util.List;
import org.xieshang.organisation.CommitteeLevel;

/** A report's status at one level: how far it got, the kind of adoption if any, and everything recorded there. */
public record LevelStatus(
        long committeeId,
        String committeeName,
        CommitteeLevel level,
        LevelProgress progress,
        AdoptionKind adoptionKind,
        List<OutcomeView> outcomes) {}
