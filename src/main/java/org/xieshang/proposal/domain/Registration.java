package org.xieshang.proposal.domain;

import java.time.OffsetDateTime;
import org.xieshang.proposal.ProposalPeriod;

/** Meeting, period and running number, fixed at the first submission. */
public record Registration(long meetingId, ProposalPeriod period, int runningNo, OffsetDateTime submittedAt) {}
