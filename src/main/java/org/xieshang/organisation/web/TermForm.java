package org.xieshang.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.xieshang.organisation.domain.Term;
import org.xieshang.organisation.domain.TermDetails;

/** The term form. */
record TermForm(
        @NotNull(message = "{organisation.validation.termNumber}")
        @Min(value = 1, message = "{organisation.validation.termNumber}")
        @Max(value = 99, message = "{organisation.validation.termNumber}")
        Integer number,

        @NotNull(message = "{organisation.validation.year}")
        @Min(value = 1949, message = "{organisation.validation.year}")
        @Max(value = 2100, message = "{organisation.validation.year}")
        Integer startYear,

        @NotNull(message = "{organisation.validation.year}")
        @Min(value = 1949, message = "{organisation.validation.year}")
        @Max(value = 2100, message = "{organisation.validation.year}")
        Integer endYear,

        Integer version) {

    static TermForm of(Term term) {
        return new TermForm(term.number(), term.startYear(), term.endYear(), term.version());
    }

    static TermForm blank() {
        return new TermForm(null, null, null, null);
    }

    TermDetails details() {
        return new TermDetails(number, startYear, endYear);
    }
}
