package org.xieshang.opinion;

/** An entry of a configurable list (categories, recipients). */
public record CatalogueEntry(String code, String name) {}
