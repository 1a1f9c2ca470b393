package org.xieshang.organisation.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xieshang.organisation.HandlingUnitKind;
import org.xieshang.organisation.PartyKind;

/**
 * The four flat lists a committee keeps: sectors 界别, special committees 专门委员会, parties and people's organisations
 * 党派团体, and handling units 承办单位. They share one shape (a named, ordered entry of a committee); parties and units
 * add a kind, units add a contact and an active flag.
 */
public enum Catalogue {
    SECTOR("sector", "sectors", List.of(), false),
    SPECIAL_COMMITTEE("special_committee", "special-committees", List.of(), false),
    PARTY_ORGANISATION("party_organisation", "party-organisations", names(PartyKind.values()), false),
    HANDLING_UNIT("handling_unit", "handling-units", names(HandlingUnitKind.values()), true);

    private final String table;
    private final String path;
    private final List<String> kinds;
    private final boolean contacts;

    Catalogue(String table, String path, List<String> kinds, boolean contacts) {
        this.table = table;
        this.path = path;
        this.kinds = kinds;
        this.contacts = contacts;
    }

    /** The table, also the record type in the audit trail and the key of the texts ({@code organisation.type.sector}). */
    public String table() {
        return table;
    }

    /** The URL segment, e.g. {@code handling-units}. */
    public String path() {
        return path;
    }

    /** The kinds an entry may have; empty when the list has no kinds. */
    public List<String> kinds() {
        return kinds;
    }

    public boolean hasKind() {
        return !kinds.isEmpty();
    }

    /** Handling units carry a contact person and phone, and are deactivated rather than deleted. */
    public boolean hasContacts() {
        return contacts;
    }

    public static Optional<Catalogue> byPath(String path) {
        return Arrays.stream(values()).filter(c -> c.path.equals(path)).findFirst();
    }

    /** Columns read into a {@link CatalogueEntry}; lists without a kind or contact answer with fixed values. */
    String selectColumns() {
        return "id, committee_id, name, sort_order, version, " + (hasKind() ? "kind" : "null as kind") + ", "
                + (contacts
                        ? "contact_person, contact_phone, active"
                        : "null as contact_person, null as contact_phone," + " true as active");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
