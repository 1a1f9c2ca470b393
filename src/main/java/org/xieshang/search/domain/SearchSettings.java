package org.xieshang.search.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the search module ({@code xieshang.search.*}). {@code similarShownFrom}: the similarity (0..1) from which
 * a record is shown as "similar" while a member writes; {@code similarShown}: how many are shown at most.
 */
@ConfigurationProperties("xieshang.search")
public record SearchSettings(Double similarShownFrom, Integer similarShown) {

    public SearchSettings {
        similarShownFrom = similarShownFrom == null ? 0.2 : similarShownFrom;
        similarShown = similarShown == null ? 5 : similarShown;
    }
}
