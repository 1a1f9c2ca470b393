package org.xieshang.proposal.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.proposal.ProposalAction;

/**
 * Commits what a proposal went through: stores the aggregate (optimistic check on its version), writes each step to the
 * history, records each in the audit trail, publishes the events and puts the search document again, all in the
 * caller's transaction. Every change of a proposal ends here, so none can skip its history, audit, event or index.
 */
@Component
public class ProposalJournal {

    private final ProposalRepository proposals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final List<ProposalIndexHook> index;

    ProposalJournal(
            ProposalRepository proposals,
            AuditTrail audit,
            ApplicationEventPublisher events,
            MessageSource messages,
            List<ProposalIndexHook> index) {
        this.proposals = proposals;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.index = List.copyOf(index);
    }

    public void commit(Proposal proposal) {
        proposals.update(proposal);
        for (Step step : proposal.pending().pullSteps()) {
            proposals.insertStep(proposal, step);
            audit.recordIn(
                    proposal.committeeId(),
                    auditAction(step),
                    "proposal",
                    proposal.id(),
                    summary(proposal, step),
                    step.from() == null ? null : Map.of("status", step.from().name()),
                    after(step));
        }
        proposal.pending().pullEvents().forEach(events::publishEvent);
        // after the row, its signers and its assignments are written: the document is read from them
        index.forEach(hook -> hook.changed(proposal.id()));
    }

    /** A change of the text, audited with what it was and what it became. */
    public void commitEdit(Proposal proposal, ProposalContent before) {
        audit.recordIn(
                proposal.committeeId(),
                AuditAction.UPDATE,
                "proposal",
                proposal.id(),
                text("proposal.audit.edit", proposal.label()),
                before,
                proposal.content());
        commit(proposal);
    }

    /** A change of a record that belongs to a proposal (an assignment, a reply, a clue …). */
    public void audit(long committeeId, AuditAction action, String type, Object id, String key, Object... args) {
        audit.recordIn(committeeId, action, type, id, text(key, args), null, null);
    }

    private static AuditAction auditAction(Step step) {
        if (step.action() == ProposalAction.CREATE) {
            return AuditAction.CREATE;
        }
        return step.from() != step.to() ? AuditAction.STATE_CHANGE : AuditAction.UPDATE;
    }

    private String summary(Proposal proposal, Step step) {
        String action = text(step.action().messageKey());
        return step.reason() == null || step.reason().isBlank()
                ? text("proposal.audit.step", proposal.label(), action)
                : text("proposal.audit.step-with-reason", proposal.label(), action, step.reason());
    }

    private static Map<String, Object> after(Step step) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", step.to().name());
        after.put("action", step.action().name());
        if (step.reason() != null) {
            after.put("reason", step.reason());
        }
        if (step.unitId() != null) {
            after.put("unitId", step.unitId());
        }
        if (step.memberId() != null) {
            after.put("memberId", step.memberId());
        }
        if (step.relatedProposalId() != null) {
            after.put("relatedProposalId", step.relatedProposalId());
        }
        return after;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
