package org.xieshang.opinion;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xieshang.shared.RecordNotFound;
import org.xieshang.shared.XieshangException;

/** The business failures of this module, each named for the fact; messages are {@code error.<code>} in the bundle. */
public final class OpinionProblems {

    private OpinionProblems() {}

    /** An argument the message bundle resolves itself (a state or action name in Chinese). */
    static DefaultMessageSourceResolvable text(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    /** A record of this module that does not exist or lies outside the user's scope; its type is named in Chinese. */
    public static final class Missing extends RecordNotFound {

        public static final String REPORT = "opinion.record.report";
        public static final String ISSUE = "opinion.record.issue";
        public static final String ATTACHMENT = "opinion.record.attachment";
        public static final String COMMITTEE = "opinion.record.committee";
        public static final String RULE = "opinion.record.rule";

        private final String typeKey;
        private final transient Object id;

        public Missing(String typeKey, Object id) {
            super(typeKey, id);
            this.typeKey = typeKey;
            this.id = id;
        }

        @Override
        public Object[] args() {
            return new Object[] {text(typeKey), String.valueOf(id)};
        }
    }

    /** The action is not allowed in the report's current state. */
    public static final class IllegalTransition extends XieshangException {
        public IllegalTransition(OpinionAction action, OpinionState state) {
            super(Kind.CONFLICT, "opinion.illegal-transition", text(action.messageKey()), text(state.messageKey()));
        }
    }

    /** Only a draft can be changed by its submitter. */
    public static final class NotADraft extends XieshangException {
        public NotADraft() {
            super(Kind.CONFLICT, "opinion.not-a-draft");
        }
    }

    /** The committee has no committee above it to report to. */
    public static final class NoUpperCommittee extends XieshangException {
        public NoUpperCommittee() {
            super(Kind.CONFLICT, "opinion.no-upper-committee");
        }
    }

    /** Only a direct-reporting point 直报点 may send straight to the national committee. */
    public static final class NotADirectReportingPoint extends XieshangException {
        public NotADirectReportingPoint() {
            super(Kind.CONFLICT, "opinion.not-direct-reporting-point");
        }
    }

    /** The report was already sent to that committee. */
    public static final class AlreadyReportedUpward extends XieshangException {
        public AlreadyReportedUpward(String committeeName) {
            super(Kind.CONFLICT, "opinion.already-reported-upward", committeeName);
        }
    }

    /** Only an accepted report (or a copy adopted here) can be reported upward or recorded as published. */
    public static final class NotAcceptedHere extends XieshangException {
        public NotAcceptedHere() {
            super(Kind.CONFLICT, "opinion.not-accepted-here");
        }
    }

    /** Adoptions are recorded on reports received from a lower committee, not on the committee's own reports. */
    public static final class NotAReceivedReport extends XieshangException {
        public NotAReceivedReport() {
            super(Kind.CONFLICT, "opinion.not-a-received-report");
        }
    }

    /** A report already appears in an issue of the periodical. */
    public static final class AlreadyInAnIssue extends XieshangException {
        public AlreadyInAnIssue(long reportId) {
            super(Kind.CONFLICT, "opinion.already-in-an-issue", String.valueOf(reportId));
        }
    }

    /** A published issue can no longer be changed. */
    public static final class IssueAlreadyPublished extends XieshangException {
        public IssueAlreadyPublished() {
            super(Kind.CONFLICT, "opinion.issue-already-published");
        }
    }
}
