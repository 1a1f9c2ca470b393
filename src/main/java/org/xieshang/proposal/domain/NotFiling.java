package org.xieshang.proposal.domain;

import org.xieshang.proposal.Conversion;

/** Why a proposal was not filed, and what it was converted into (with the reference once linked). */
public record NotFiling(String reasonCode, String note, Conversion conversion, String conversionRef) {}
