package org.xieshang.opinion;

/** A person named on a report: a member, a platform user (an invited information officer), or a source with no record here. */
public enum PersonType {
    MEMBER,
    USER,
    OTHER;

    public String messageKey() {
        return "opinion.person-type." + name();
    }
}
