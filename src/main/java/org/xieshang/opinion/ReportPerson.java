package org.xieshang.opinion;

import java.math.BigDecimal;

/**
 * A person who wrote a report, with their share of its points in percent. {@code id} is the member id or user id
 * ({@code null} for {@link PersonType#OTHER}); a null {@code share} means an equal split.
 */
public record ReportPerson(PersonType type, Long id, String name, BigDecimal share) {}
