package org.xieshang.proposal;

/** 个人 / 联名 / 集体. */
public enum ProposalKind {
    INDIVIDUAL,
    JOINT,
    COLLECTIVE
}
