package org.xieshang.opinion;

/** Where a report came from when it was not written here: a proposal not filed, a consultation, or a lower committee. */
public enum OriginType {
    PROPOSAL,
    CONSULTATION,
    LOWER_COMMITTEE;

    public String messageKey() {
        return "opinion.origin-type." + name();
    }
}
