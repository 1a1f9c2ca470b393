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

    /** Record types of this module as not-found messages name them ({@code record.<type>} in the bundle). */
    public static final String REPORT = "opinion-report";

    public static final String ISSUE = "opinion-issue";
    public static final String ATTACHMENT = "opinion-attachment";
    public static final String RULE = "opinion-points-rule";
    public static final String COMMITTEE = "committee";

    /** Not found, or outside the user's scope; the id is passed as text so it is not printed as 8,025. */
    public static RecordNotFound missing(String type, Object id) {
        return new RecordNotFound(type, String.valueOf(id));
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
