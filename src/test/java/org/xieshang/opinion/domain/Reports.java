package org.xieshang.opinion.domain;

import java.math.BigDecimal;
import java.util.List;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.OriginType;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.SubmitterType;

/** Reports in a given state for domain tests, without a database. */
final class Reports {

    private Reports() {}

    static OpinionReport in(OpinionState state) {
        boolean copy = state == OpinionState.RECEIVED || state == OpinionState.ADOPTED;
        return new OpinionReport(row(1L, 10L, state, SubmitterType.MEMBER, null, copy), List.of(member(1, 7L, "100")));
    }

    static ReportRow row(Long id, long committeeId, OpinionState state, SubmitterType type, Long party, boolean copy) {
        return new ReportRow(
                id,
                committeeId,
                2022,
                "2022-0001",
                state,
                "title",
                "facts",
                "analysis",
                "suggestions",
                "ECONOMY",
                type,
                party,
                null,
                party == null ? null : "party",
                "author",
                99L,
                "creator",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                copy ? OriginType.LOWER_COMMITTEE : null,
                copy ? 5L : null,
                copy ? 3L : null,
                copy ? "lower" : null,
                copy ? "key" : null,
                null,
                0);
    }

    static ReportPersonRow member(int position, Long id, String share) {
        return new ReportPersonRow(position, PersonType.MEMBER, id, "m" + id, new BigDecimal(share));
    }
}
