package org.xieshang.organisation.domain;

/** A term 届 of a committee, e.g. the 9th, 2021–2026. */
public record Term(long id, long committeeId, int number, int startYear, int endYear, int version) {

    public TermDetails details() {
        return new TermDetails(number, startYear, endYear);
    }
}
