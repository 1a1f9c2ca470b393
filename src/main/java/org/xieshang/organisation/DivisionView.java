package org.xieshang.organisation;

/** A district, park, town, street, village or community as other modules see it (consultation rooms sit on these). */
public record DivisionView(
        long id, long committeeId, Long parentId, String code, String name, DivisionLevel level, DivisionKind kind) {}
