package org.xieshang.search.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the search module ({@code xieshang.search.*}). {@code similarShownFrom}: the similarity (0..1) from which
 * a record is shown as "similar" while a member writes; {@code similarShown}: how many are shown at most;
 * {@code countedMatches}: how many matches a search counts and ranks at most (beyond, hits come newest first).
 */
@ConfigurationProperties("xieshang.search")
public record SearchSettings(Double similarShownFrom, Integer similarShown, Integer countedMatches) {

    public SearchSettings {
        countedMatches = countedMatches == null ? 2000 : countedMatches;
        similarShownFrom = similarShownFrom == null ? 0.2 : similarShownFrom;
        similarShown = similarShown == null ? 5 : similarShown;
    }
}
