package org.xieshang.proposal;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposal stands. The moves between states are the table in {@link ProposalAction}. */
public enum ProposalStatus {
    /** 暂存: only the proposer (and invited co-signers) see it. */
    DRAFT,
    /** 待审查: waiting for the proposal office. */
    SUBMITTED,
    /** 退回修改: back with the proposer, with a reason. */
    RETURNED,
    /** 撤回: the proposer took it back before it was filed. */
    WITHDRAWN,
    /** 不立案: with a reason code and possibly a conversion. */
    NOT_FILED,
    /** 立案: has its official number. */
    FILED,
    /** 并案: filed, and handled together with a primary proposal; it keeps its number and gets its own reply. */
    MERGED,
    /** 已交办: units are to accept or contest. */
    ASSIGNED,
    /** 办理中. */
    HANDLING,
    /** 已答复: every unit that replies has replied. */
    REPLIED,
    /** 重新办理: after a 不满意 evaluation. */
    REHANDLING,
    /** 已测评: the proposer is (basically) satisfied. */
    EVALUATED,
    /** 当面协商: a second 不满意; closed once the consultation is recorded. */
    CONSULTATION,
    /** 办结. */
    CLOSED;

    /** States after filing, i.e. with an official number. */
    public static final Set<ProposalStatus> FILED_STATES =
            EnumSet.of(FILED, MERGED, ASSIGNED, HANDLING, REPLIED, REHANDLING, EVALUATED, CONSULTATION, CLOSED);

    /** States in which units work on the proposal. */
    public static final Set<ProposalStatus> IN_HANDLING = EnumSet.of(ASSIGNED, HANDLING, REHANDLING);

    public boolean isFiled() {
        return FILED_STATES.contains(this);
    }

    public String messageKey() {
        return "proposal.status." + name();
    }
}
