package org.xieshang.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xieshang.organisation.DivisionKind;
import org.xieshang.organisation.domain.Division;
import org.xieshang.organisation.domain.DivisionDetails;

/** The division form; the place in the tree is chosen by where "new" was clicked and stays fixed. */
record DivisionForm(
        @NotBlank(message = "{organisation.validation.code}")
        @Pattern(regexp = "[0-9A-Za-z-]{1,30}", message = "{organisation.validation.code}")
        String code,

        @NotBlank(message = "{organisation.validation.name}")
        @Size(max = 60, message = "{organisation.validation.size}")
        String name,

        @NotNull(message = "{organisation.validation.kind}") DivisionKind kind,
        Integer version) {

    static DivisionForm of(Division division) {
        return new DivisionForm(division.code(), division.name(), division.kind(), division.version());
    }

    static DivisionForm blank(String code) {
        return new DivisionForm(code, "", null, null);
    }

    DivisionDetails details() {
        return new DivisionDetails(code, name, kind);
    }
}
