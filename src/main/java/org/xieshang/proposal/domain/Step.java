package org.xieshang.proposal.domain;

import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalStatus;

/** One row of a proposal's history: a step taken, from which state to which, by whom, why, and about whom. */
public record Step(
        ProposalAction action,
        ProposalStatus from,
        ProposalStatus to,
        Act act,
        String reason,
        Long unitId,
        Long memberId,
        Long relatedProposalId) {

    static Step of(ProposalAction action, ProposalStatus from, ProposalStatus to, Act act, About about) {
        return new Step(
                action, from, to, act, about.reason(), about.unitId(), about.memberId(), about.relatedProposalId());
    }

    /** What a step concerns besides the proposal: a reason, a unit, a member, another proposal. */
    public record About(String reason, Long unitId, Long memberId, Long relatedProposalId) {

        public static final About NOTHING = new About(null, null, null, null);

        public static About reason(String reason) {
            return new About(reason, null, null, null);
        }

        public static About unit(long unitId) {
            return new About(null, unitId, null, null);
        }

        public static About unit(long unitId, String reason) {
            return new About(reason, unitId, null, null);
        }

        public static About member(long memberId) {
            return new About(null, null, memberId, null);
        }

        public static About proposal(long proposalId) {
            return new About(null, null, null, proposalId);
        }
    }
}
