package org.xieshang.proposal.domain;

import java.time.OffsetDateTime;

/** The official number, assigned at filing. */
public record Filing(int sequenceNo, String officialNumber, OffsetDateTime filedAt) {}
