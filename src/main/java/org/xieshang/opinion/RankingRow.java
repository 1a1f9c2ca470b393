package org.xieshang.opinion;

import java.math.BigDecimal;

/** A place in a ranking. Equal points share a rank and the next rank is skipped (1, 2, 2, 4). */
public record RankingRow(int rank, BeneficiaryType type, long id, String name, BigDecimal points) {}
