package org.xieshang.opinion;

import org.xieshang.organisation.CommitteeLevel;

/** The committee at which an outcome happened, as the committees below it record it. */
public record LevelRef(long committeeId, String committeeName, CommitteeLevel level) {}
