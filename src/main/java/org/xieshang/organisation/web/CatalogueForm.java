package org.xieshang.organisation.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xieshang.organisation.domain.CatalogueChange;
import org.xieshang.organisation.domain.CatalogueEntry;

/** The form of a sector, special committee, party or organisation, or handling unit; unused fields stay empty. */
record CatalogueForm(
        @NotBlank(message = "{organisation.validation.name}")
        @Size(max = 100, message = "{organisation.validation.size}")
        String name,

        String kind,

        @Size(max = 40, message = "{organisation.validation.size}")
        String contactPerson,

        @Pattern(regexp = "[0-9()+\\- ]{0,30}", message = "{organisation.validation.phone}")
        String contactPhone,

        Boolean active,

        @NotNull(message = "{organisation.validation.sortOrder}")
        @Min(value = 0, message = "{organisation.validation.sortOrder}")
        Integer sortOrder,

        Integer version) {

    static CatalogueForm of(CatalogueEntry entry) {
        return new CatalogueForm(
                entry.name(),
                entry.kind(),
                entry.contactPerson(),
                entry.contactPhone(),
                entry.active(),
                entry.sortOrder(),
                entry.version());
    }

    static CatalogueForm blank() {
        return new CatalogueForm("", null, null, null, true, 0, null);
    }

    CatalogueChange change() {
        return new CatalogueChange(name, kind, contactPerson, contactPhone, !Boolean.FALSE.equals(active), sortOrder);
    }
}
