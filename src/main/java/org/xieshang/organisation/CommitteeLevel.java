package org.xieshang.organisation;

/** The level of a committee in the tree. */
public enum CommitteeLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY
}
