package org.xieshang.organisation;

/** The three tiers of the administrative-division tree below a committee. */
public enum DivisionLevel {
    COUNTY,
    TOWN,
    VILLAGE;

    /** The level a division of this level hangs under; null for the top. */
    public DivisionLevel parent() {
        return this == COUNTY ? null : values()[ordinal() - 1];
    }
}
