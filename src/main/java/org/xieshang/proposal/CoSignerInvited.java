package org.xieshang.proposal;

import java.time.LocalDate;

/** A member was invited to co-sign a draft; they confirm or decline before {@code deadline}. */
public record CoSignerInvited(long proposalId, long committeeId, long memberId, Long leadMemberId, LocalDate deadline)
        implements ProposalEvent {}
