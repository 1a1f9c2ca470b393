package org.xieshang.proposal;

/** What a proposal that is not filed becomes: 意见建议 forwarded to departments, 社情民意信息, or a member's letter. */
public enum Conversion {
    OPINION_SUGGESTION,
    PUBLIC_OPINION,
    MEMBER_LETTER
}
