package org.xieshang.organisation.domain;

/** List filters, each optional: words in the name, a kind, active or not. */
public record CatalogueFilter(String query, String kind, Boolean active) {

    public static CatalogueFilter none() {
        return new CatalogueFilter(null, null, null);
    }
}
