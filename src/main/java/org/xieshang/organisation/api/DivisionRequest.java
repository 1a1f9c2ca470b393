package org.xieshang.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xieshang.organisation.DivisionKind;
import org.xieshang.organisation.domain.DivisionDetails;

/**
 * A division to create under {@code parentId} (none for a district or county), or the new state of one (with
 * {@code version}; it stays where it is, and a new kind must be of the same level).
 */
record DivisionRequest(
        Long parentId,

        @NotBlank(message = "{organisation.validation.code}")
        @Pattern(regexp = "[0-9A-Za-z-]{1,30}", message = "{organisation.validation.code}")
        String code,

        @NotBlank(message = "{organisation.validation.name}")
        @Size(max = 60, message = "{organisation.validation.size}")
        String name,

        @NotNull(message = "{organisation.validation.kind}") DivisionKind kind,

        @NotNull(groups = OnUpdate.class, message = "{organisation.validation.version}")
        Integer version) {

    DivisionDetails details() {
        return new DivisionDetails(code, name, kind);
    }
}
