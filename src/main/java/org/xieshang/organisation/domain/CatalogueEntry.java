package org.xieshang.organisation.domain;

/** One entry of a {@link Catalogue}; {@code kind} and the contact are null where the list has none. */
public record CatalogueEntry(
        long id,
        long committeeId,
        String name,
        String kind,
        String contactPerson,
        String contactPhone,
        boolean active,
        int sortOrder,
        int version) {

    public CatalogueChange change() {
        return new CatalogueChange(name, kind, contactPerson, contactPhone, active, sortOrder);
    }
}
