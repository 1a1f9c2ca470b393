package org.xieshang.opinion;

/** What happened to a report at one level. Outcomes are copied down to every committee on the report's way up. */
public enum OutcomeType {
    RECEIVED,
    PUBLISHED,
    ADOPTED,
    FILED,
    INSTRUCTED,
    DEPARTMENT_ADOPTED,
    ADOPTION_REVOKED;

    public String messageKey() {
        return "opinion.outcome-type." + name();
    }
}
