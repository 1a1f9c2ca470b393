package org.xieshang.organisation;

/** The level of a committee in the tree. */
public enum CommitteeLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY;

    /** The level of the committees directly below this one; null for county committees, which have none. */
    public CommitteeLevel below() {
        return this == COUNTY ? null : values()[ordinal() + 1];
    }
}
