package org.xieshang.organisation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xieshang.organisation.domain.CatalogueChange;

/**
 * A sector, special committee, party or organisation, or handling unit to create, or the new state of one (with
 * {@code version}). {@code kind} is required for parties and units; the contact and {@code active} (default true)
 * only apply to units. The order defaults to 0.
 */
record CatalogueRequest(
        @NotBlank(message = "{organisation.validation.name}")
        @Size(max = 100, message = "{organisation.validation.size}")
        String name,

        String kind,

        @Size(max = 40, message = "{organisation.validation.size}")
        String contactPerson,

        @Pattern(regexp = "[0-9()+\\- ]{0,30}", message = "{organisation.validation.phone}")
        String contactPhone,

        Boolean active,

        @Min(value = 0, message = "{organisation.validation.sortOrder}")
        Integer sortOrder,

        @NotNull(groups = OnUpdate.class, message = "{organisation.validation.version}")
        Integer version) {

    CatalogueChange change() {
        return new CatalogueChange(
                name,
                kind,
                contactPerson,
                contactPhone,
                !Boolean.FALSE.equals(active),
                sortOrder == null ? 0 : sortOrder);
    }
}
