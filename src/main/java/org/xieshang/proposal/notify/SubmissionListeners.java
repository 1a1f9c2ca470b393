package org.xieshang.proposal.notify;

import static org.xieshang.notification.NotificationCategory.STATUS_CHANGE;
import static org.xieshang.notification.NotificationCategory.TASK;
import static org.xieshang.proposal.notify.ProposalNotices.STAFF;
import static org.xieshang.proposal.notify.ProposalNotices.fingerprint;
import static org.xieshang.proposal.notify.ProposalNotices.to;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xieshang.proposal.CoSignatureConfirmed;
import org.xieshang.proposal.CoSignatureDeclined;
import org.xieshang.proposal.CoSignerInvited;
import org.xieshang.proposal.CoSignerRemoved;
import org.xieshang.proposal.ProposalFiled;
import org.xieshang.proposal.ProposalMerged;
import org.xieshang.proposal.ProposalNotFiled;
import org.xieshang.proposal.ProposalReturned;
import org.xieshang.proposal.ProposalSubmitted;

/** Notices from drafting to review: co-signers, the proposer, and the staff who review. */
@Component
class SubmissionListeners {

    private final ProposalNotices notices;

    SubmissionListeners(ProposalNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(CoSignerInvited e) {
        notices.send(
                e, to().member(e.memberId()), TASK, "cosign-invited", "cosign-invited-" + e.memberId(), e.deadline());
    }

    @ApplicationModuleListener
    void on(CoSignerRemoved e) {
        notices.send(e, to().member(e.memberId()), STATUS_CHANGE, "cosign-removed", "cosign-removed-" + e.memberId());
    }

    @ApplicationModuleListener
    void on(CoSignatureConfirmed e) {
        notices.send(
                e,
                to().member(e.leadMemberId()),
                STATUS_CHANGE,
                "cosign-confirmed",
                "cosign-confirmed-" + e.memberId());
    }

    @ApplicationModuleListener
    void on(CoSignatureDeclined e) {
        notices.send(
                e, to().member(e.leadMemberId()), STATUS_CHANGE, "cosign-declined", "cosign-declined-" + e.memberId());
    }

    /**
     * A proposal may be submitted again after a return, with the same running number, so the day of submission is
     * part of the occasion: a redelivery the same day is recognised, a resubmission on a later day is announced.
     */
    @ApplicationModuleListener
    void on(ProposalSubmitted e) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        notices.send(e, to().withPermission(STAFF), TASK, "submitted", "submitted-" + today, e.runningNo());
    }

    @ApplicationModuleListener
    void on(ProposalReturned e) {
        notices.send(
                e,
                to().members(e.proposerMemberIds()),
                TASK,
                "returned",
                "returned-" + fingerprint(e.reason()),
                e.reason());
    }

    @ApplicationModuleListener
    void on(ProposalFiled e) {
        notices.send(e, to().members(e.proposerMemberIds()), STATUS_CHANGE, "filed", "filed", e.officialNumber());
    }

    @ApplicationModuleListener
    void on(ProposalNotFiled e) {
        notices.send(e, to().members(e.proposerMemberIds()), STATUS_CHANGE, "not-filed", "not-filed");
    }

    @ApplicationModuleListener
    void on(ProposalMerged e) {
        notices.send(e, to().members(e.proposerMemberIds()), STATUS_CHANGE, "merged", "merged");
    }
}
