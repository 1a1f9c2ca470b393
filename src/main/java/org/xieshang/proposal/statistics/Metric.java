package org.xieshang.proposal.statistics;

/**
 * Every figure of the statistics is one of these conditions on a proposal {@code p} (within the period's base
 * condition): the figure counts the proposals that meet it, and its list shows exactly those proposals. The
 * parameters a condition takes: {@code t} the figure's value as text, {@code l} as a number, {@code P} the ids of the
 * committee's democratic parties and 工商联, {@code D} today.
 */
public enum Metric {
    COLLECTED("true", ""),
    FILED("p.sequence_no is not null", ""),
    AWAITING_REVIEW("p.status = 'SUBMITTED'", ""),
    RETURNED("p.status = 'RETURNED'", ""),
    NOT_FILED("p.status = 'NOT_FILED'", ""),
    NOT_FILED_REASON("p.status = 'NOT_FILED' and p.not_filed_reason = ?", "t"),
    CONVERTED("p.status = 'NOT_FILED' and p.conversion is not null", ""),
    MERGED("p.merged_into is not null", ""),
    KIND("p.kind = ?", "t"),
    COLLECTIVE_BY("p.kind = 'COLLECTIVE' and p.party_organisation_id = ?", "l"),
    PARTY_COLLECTIVE("p.kind = 'COLLECTIVE' and p.party_organisation_id = any(?)", "P"),
    PARTY_COLLECTIVE_KEY("p.kind = 'COLLECTIVE' and p.party_organisation_id = any(?) and p.key_proposal", "P"),
    CATEGORY("p.category = ?", "t"),
    KEY("p.key_proposal", ""),
    GOOD("p.good_proposal", ""),
    ASSIGNED(Sql.ASSIGNED, ""),
    IN_HANDLING("p.status in ('ASSIGNED', 'HANDLING', 'REHANDLING')", ""),
    REPLIED(Sql.REPLIED + ")", ""),
    REPLY_CLASS(Sql.REPLIED + " and coalesce(r.reviewed_class, r.reply_class) = ?)", "t"),
    EVALUATED(Sql.EVALUATED + ")", ""),
    SATISFACTION(Sql.EVALUATED + " and e.satisfaction = ?)", "t"),
    REHANDLED("exists (select 1 from proposal_rehandling h where h.proposal_id = p.id)", ""),
    OVERDUE(Sql.OVERDUE + ")", "D"),
    UNIT(
            "exists (select 1 from proposal_assignment a where a.proposal_id = p.id and a.status <> 'WITHDRAWN'"
                    + " and a.unit_id = ?)",
            "l"),
    UNIT_REPLIED(Sql.REPLIED + " and r.unit_id = ?)", "l"),
    UNIT_OVERDUE(Sql.OVERDUE + " and a.unit_id = ?)", "Dl");

    private final String condition;
    private final String params;

    Metric(String condition, String params) {
        this.condition = condition;
        this.params = params;
    }

    String condition() {
        return condition;
    }

    String params() {
        return params;
    }

    /** Whether a figure of this metric names a value (a category, a unit …). */
    public boolean takesValue() {
        return params.contains("t") || params.contains("l");
    }

    /** Conditions shared by several metrics; a proposal's current round decides which reply and rating count. */
    private static final class Sql {
        static final String ASSIGNED =
                "exists (select 1 from proposal_assignment a where a.proposal_id = p.id and a.status <> 'WITHDRAWN')";
        static final String REPLIED =
                "exists (select 1 from proposal_reply r where r.proposal_id = p.id and r.status = 'SUBMITTED'";
        static final String EVALUATED = "exists (select 1 from proposal_evaluation e where e.proposal_id = p.id"
                + " and e.lead and e.round = p.round";
        static final String OVERDUE = "p.status in ('ASSIGNED', 'HANDLING', 'REHANDLING') and exists (select 1"
                + " from proposal_assignment a where a.proposal_id = p.id and a.status <> 'WITHDRAWN'"
                + " and a.role <> 'CO' and a.deadline < ? and not exists (select 1 from proposal_reply r"
                + " where r.assignment_id = a.id and r.round = a.round and r.status = 'SUBMITTED')";
    }
}
