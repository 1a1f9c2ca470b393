package org.xieshang.member.domain;

/** Stored as the name; shown through {@code member.sex.<name>}. */
public enum Sex {
    MALE,
    FEMALE;

    public String messageKey() {
        return "member.sex." + name();
    }
}
