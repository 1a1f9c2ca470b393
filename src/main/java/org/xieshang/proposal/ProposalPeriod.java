package org.xieshang.proposal;

/** 大会提案 (submitted from the cut-off before a plenary until it closes) or 平时提案. */
public enum ProposalPeriod {
    PLENARY,
    INTERSESSION
}
