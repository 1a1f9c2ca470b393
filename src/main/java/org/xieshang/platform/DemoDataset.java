package org.xieshang.platform;

/**
 * A module's part of the demo dataset (the fictional 2022 Luzhou committee). Parts are loaded in {@link #order()} on
 * the first start of an empty database, all in one transaction; each part reads what earlier parts made through those
 * modules' public APIs. Generation is deterministic: a part seeds its own random numbers with a fixed value.
 */
public interface DemoDataset {

    /** Lower loads first: organisation 100, members 200, identity 300; later modules above that. */
    int order();

    void load();
}
