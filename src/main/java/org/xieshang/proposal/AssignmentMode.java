package org.xieshang.proposal;

/** How a proposal is assigned: one unit; a lead unit (the first) with co-units (the rest); or several separately. */
public enum AssignmentMode {
    SOLE,
    LEAD_WITH_CO,
    SEPARATE
}
