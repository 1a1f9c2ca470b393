package org.xieshang.proposal;

/** The record the not-filed proposal was converted into is now known. */
public record ProposalConversionLinked(long proposalId, long committeeId, Conversion conversion, String reference)
        implements ProposalEvent {}
