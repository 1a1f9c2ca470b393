package org.xieshang.proposal;

/**
 * 独办 (SOLE), 主办 (LEAD) with 会办 (CO) units that send opinions and counter-sign but do not reply, or 分办 (SEPARATE):
 * each unit replies on its own.
 */
public enum AssignmentRole {
    SOLE,
    LEAD,
    CO,
    SEPARATE;

    /** Whether a unit in this role replies to the proposer. */
    public boolean replies() {
        return this != CO;
    }
}
