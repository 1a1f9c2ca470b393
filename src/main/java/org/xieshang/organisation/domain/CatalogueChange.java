package org.xieshang.organisation.domain;

/** The editable part of a catalogue entry; fields the list does not have are ignored. */
public record CatalogueChange(
        String name, String kind, String contactPerson, String contactPhone, boolean active, int sortOrder) {}
