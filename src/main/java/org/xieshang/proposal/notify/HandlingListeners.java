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
import org.xieshang.proposal.AssignmentContested;
import org.xieshang.proposal.AssignmentReassigned;
import org.xieshang.proposal.CoUnitOpinionSent;
import org.xieshang.proposal.ContestRejected;
import org.xieshang.proposal.DeadlineExtended;
import org.xieshang.proposal.DeadlineExtensionRefused;
import org.xieshang.proposal.DeadlineExtensionRequested;
import org.xieshang.proposal.ProposalAssigned;
import org.xieshang.proposal.ReplyCountersigned;
import org.xieshang.proposal.ReplyReadyForCountersign;

/** Notices around assignment and handling: the units concerned, the staff who assign, and the proposers. */
@Component
class HandlingListeners {

    private final ProposalNotices notices;

    HandlingListeners(ProposalNotices notices) {
        this.notices = notices;
    }

    /** The unit gets a task per assignment; the proposers hear once per assignment meeting (same contest window). */
    @ApplicationModuleListener
    void on(ProposalAssigned e) {
        notices.send(
                e,
                to().unit(e.unitId()),
                TASK,
                "assigned-unit",
                "assigned-" + e.assignmentId(),
                e.contestUntil(),
                e.deadline());
        notices.send(
                e,
                to().members(e.proposerMemberIds()),
                STATUS_CHANGE,
                "assigned-proposer",
                "assigned-proposers-" + e.contestUntil(),
                e.deadline());
    }

    @ApplicationModuleListener
    void on(AssignmentContested e) {
        notices.send(e, to().withPermission(STAFF), TASK, "contested", "contested-" + e.assignmentId(), e.reason());
    }

    @ApplicationModuleListener
    void on(ContestRejected e) {
        notices.send(
                e,
                to().unit(e.unitId()),
                STATUS_CHANGE,
                "contest-rejected",
                "contest-rejected-" + e.assignmentId(),
                e.reason());
    }

    @ApplicationModuleListener
    void on(AssignmentReassigned e) {
        notices.send(e, to().unit(e.unitId()), STATUS_CHANGE, "reassigned", "reassigned-" + e.assignmentId());
    }

    @ApplicationModuleListener
    void on(DeadlineExtensionRequested e) {
        notices.send(
                e,
                to().withPermission(STAFF),
                TASK,
                "extension-requested",
                "extension-requested-" + e.assignmentId() + "-" + e.until(),
                e.until(),
                e.reason());
    }

    @ApplicationModuleListener
    void on(DeadlineExtended e) {
        notices.send(
                e,
                to().unit(e.unitId()),
                STATUS_CHANGE,
                "extended",
                "extended-" + e.assignmentId() + "-" + e.deadline(),
                e.deadline());
    }

    @ApplicationModuleListener
    void on(DeadlineExtensionRefused e) {
        notices.send(
                e,
                to().unit(e.unitId()),
                STATUS_CHANGE,
                "extension-refused",
                "extension-refused-" + e.assignmentId() + "-" + fingerprint(e.reason()),
                e.reason());
    }

    @ApplicationModuleListener
    void on(CoUnitOpinionSent e) {
        notices.send(e, to().unit(e.leadUnitId()), STATUS_CHANGE, "opinion-sent", "opinion-" + e.opinionId());
    }

    /** A draft may be revised and sent for counter-signature again: the day is part of the occasion. */
    @ApplicationModuleListener
    void on(ReplyReadyForCountersign e) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        notices.send(e, to().units(e.coUnitIds()), TASK, "countersign", "countersign-" + e.replyId() + "-" + today);
    }

    @ApplicationModuleListener
    void on(ReplyCountersigned e) {
        notices.send(
                e,
                to().unit(e.leadUnitId()),
                STATUS_CHANGE,
                "countersigned",
                "countersigned-" + e.replyId() + "-" + e.coUnitId());
    }
}
