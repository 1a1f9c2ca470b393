package org.xieshang.proposal;

/**
 * A signer's evaluation of a reply: the rating plus the structured form (was the proposer contacted before handling,
 * how, the unit's attitude, whether the reply is on point, whether the proposer agrees with the result).
 */
public record EvaluationForm(
        Satisfaction satisfaction,
        boolean contacted,
        ContactMethod contactMethod,
        Attitude attitude,
        Pertinence pertinence,
        Agreement agreement,
        String comment) {

    /** 走访 / 电话 / 其他 / 未联系. */
    public enum ContactMethod {
        VISIT,
        PHONE,
        OTHER,
        NONE
    }

    /** 满意 / 理解 / 不满意 with the unit's attitude. */
    public enum Attitude {
        SATISFIED,
        UNDERSTANDING,
        DISSATISFIED
    }

    /** 针对 / 基本针对 / 未针对. */
    public enum Pertinence {
        ON_POINT,
        MOSTLY,
        NOT_ON_POINT
    }

    /** 同意 / 理解 / 保留 / 不同意. */
    public enum Agreement {
        AGREE,
        UNDERSTAND,
        RESERVE,
        DISAGREE
    }
}
