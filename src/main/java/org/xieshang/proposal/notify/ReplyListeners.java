package org.xieshang.proposal.notify;

import static org.xieshang.notification.NotificationCategory.NOTICE;
import static org.xieshang.notification.NotificationCategory.STATUS_CHANGE;
import static org.xieshang.notification.NotificationCategory.TASK;
import static org.xieshang.proposal.notify.ProposalNotices.STAFF;
import static org.xieshang.proposal.notify.ProposalNotices.SUPERVISORS;
import static org.xieshang.proposal.notify.ProposalNotices.to;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xieshang.proposal.ConsultationRequired;
import org.xieshang.proposal.KeyProposalSelected;
import org.xieshang.proposal.ProposalClosed;
import org.xieshang.proposal.ProposalEvaluated;
import org.xieshang.proposal.ProposalReplied;
import org.xieshang.proposal.RehandlingOpened;
import org.xieshang.proposal.ReplyPublished;
import org.xieshang.proposal.ReplyReviewed;

/** Notices from the reply on: supervisors review, proposers evaluate, units hear the outcome, leaders supervise. */
@Component
class ReplyListeners {

    private final ProposalNotices notices;

    ReplyListeners(ProposalNotices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(ProposalReplied e) {
        notices.send(
                e,
                to().withPermission(SUPERVISORS).withPermission(STAFF),
                TASK,
                "replied",
                "replied-" + e.replyId(),
                notices.label("proposal.reply-class." + e.replyClass().name()));
    }

    /** Reviewed replies are the ones proposers may now evaluate. */
    @ApplicationModuleListener
    void on(ReplyReviewed e) {
        notices.send(e, to().members(e.proposerMemberIds()), TASK, "reviewed", "reviewed-" + e.replyId());
        if (e.classChanged()) {
            notices.send(
                    e,
                    to().unit(e.unitId()),
                    STATUS_CHANGE,
                    "class-changed",
                    "class-changed-" + e.replyId(),
                    notices.label("proposal.reply-class." + e.finalClass().name()));
        }
    }

    @ApplicationModuleListener
    void on(ReplyPublished e) {
        notices.send(e, to().unit(e.unitId()), NOTICE, "published", "published-" + e.replyId());
    }

    @ApplicationModuleListener
    void on(ProposalEvaluated e) {
        String who = e.memberId() == null ? "paper" : String.valueOf(e.memberId());
        notices.send(
                e,
                to().unit(e.unitId()),
                STATUS_CHANGE,
                "evaluated",
                "evaluated-" + e.replyId() + "-" + who,
                notices.label("proposal.satisfaction." + e.satisfaction().name()));
    }

    @ApplicationModuleListener
    void on(RehandlingOpened e) {
        notices.send(e, to().units(e.unitIds()), TASK, "rehandling-unit", "rehandling-" + e.round(), e.deadline());
        notices.send(
                e,
                to().members(e.proposerMemberIds()),
                STATUS_CHANGE,
                "rehandling-proposer",
                "rehandling-proposers-" + e.round(),
                e.deadline());
    }

    @ApplicationModuleListener
    void on(ConsultationRequired e) {
        notices.send(
                e,
                to().withPermission(STAFF).units(e.unitIds()).members(e.proposerMemberIds()),
                TASK,
                "consultation",
                "consultation");
    }

    @ApplicationModuleListener
    void on(ProposalClosed e) {
        notices.send(e, to().members(e.proposerMemberIds()).units(e.unitIds()), STATUS_CHANGE, "closed", "closed");
    }

    @ApplicationModuleListener
    void on(KeyProposalSelected e) {
        notices.send(
                e, to().user(e.leaderUserId()).members(e.proposerMemberIds()).units(e.unitIds()), NOTICE, "key", "key");
    }
}
