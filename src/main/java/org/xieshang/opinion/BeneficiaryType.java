package org.xieshang.opinion;

/** Whom a points entry credits. */
public enum BeneficiaryType {
    MEMBER,
    USER,
    PARTY,
    SPECIAL_COMMITTEE,
    COMMITTEE;

    public String messageKey() {
        return "opinion.beneficiary-type." + name();
    }
}
