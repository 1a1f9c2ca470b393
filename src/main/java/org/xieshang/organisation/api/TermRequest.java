package org.xieshang.organisation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.xieshang.organisation.domain.TermDetails;

/** A term to create, or the new state of one (with {@code version}). */
record TermRequest(
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

        @NotNull(groups = OnUpdate.class, message = "{organisation.validation.version}")
        Integer version) {

    TermDetails details() {
        return new TermDetails(number, startYear, endYear);
    }
}
