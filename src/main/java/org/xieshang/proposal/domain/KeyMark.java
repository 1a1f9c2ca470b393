package org.xieshang.proposal.domain;

import java.time.OffsetDateTime;

/** Selected as a key proposal, with the supervising leader and the decision (e.g. the chairpersons' meeting). */
public record KeyMark(Long leaderId, String leaderName, String decision, OffsetDateTime selectedAt) {}
