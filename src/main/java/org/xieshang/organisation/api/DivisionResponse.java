package org.xieshang.organisation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.xieshang.organisation.DivisionKind;
import org.xieshang.organisation.DivisionLevel;
import org.xieshang.organisation.domain.Division;
import org.xieshang.organisation.domain.DivisionNode;

/** A division; in a list of children also how many divisions lie directly and in all below it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DivisionResponse(
        long id,
        long committeeId,
        Long parentId,
        String code,
        String name,
        DivisionLevel level,
        DivisionKind kind,
        int version,
        Long children,
        Long descendants) {

    static DivisionResponse of(Division d) {
        return new DivisionResponse(
                d.id(),
                d.committeeId(),
                d.parentId(),
                d.code(),
                d.name(),
                d.level(),
                d.kind(),
                d.version(),
                null,
                null);
    }

    static DivisionResponse of(DivisionNode n) {
        Division d = n.division();
        return new DivisionResponse(
                d.id(),
                d.committeeId(),
                d.parentId(),
                d.code(),
                d.name(),
                d.level(),
                d.kind(),
                d.version(),
                n.children(),
                n.descendants());
    }
}
