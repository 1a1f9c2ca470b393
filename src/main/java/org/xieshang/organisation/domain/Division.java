package org.xieshang.organisation.domain;

import org.xieshang.organisation.DivisionKind;
import org.xieshang.organisation.DivisionLevel;

/** A node of the administrative-division tree of a committee. */
public record Division(
        long id,
        long committeeId,
        Long parentId,
        String code,
        String name,
        DivisionLevel level,
        DivisionKind kind,
        int version) {

    public DivisionDetails details() {
        return new DivisionDetails(code, name, kind);
    }
}
