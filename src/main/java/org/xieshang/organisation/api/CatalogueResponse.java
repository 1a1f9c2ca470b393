package org.xieshang.organisation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.xieshang.organisation.domain.Catalogue;
import org.xieshang.organisation.domain.CatalogueEntry;

/** An entry of one of the lists; fields the list does not have are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CatalogueResponse(
        long id,
        long committeeId,
        String name,
        String kind,
        String contactPerson,
        String contactPhone,
        Boolean active,
        int sortOrder,
        int version) {

    static CatalogueResponse of(Catalogue catalogue, CatalogueEntry e) {
        return new CatalogueResponse(
                e.id(),
                e.committeeId(),
                e.name(),
                e.kind(),
                e.contactPerson(),
                e.contactPhone(),
                catalogue.hasContacts() ? e.active() : null,
                e.sortOrder(),
                e.version());
    }
}
