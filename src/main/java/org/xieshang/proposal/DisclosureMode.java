package org.xieshang.proposal;

/** How a reply is published: in full, as a summary, or not at all. */
public enum DisclosureMode {
    FULL,
    SUMMARY,
    NONE
}
