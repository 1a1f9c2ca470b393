package org.xieshang.proposal.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.xieshang.proposal.ProposalAction;

/**
 * Writes the audit trail of the demo histories: every step a demo proposal took gets the entry the live journal would
 * have written (who, when, the step, the status before and after), so the audit page and an auditor's export show the
 * demo year as they would show a real one.
 */
final class DemoAudit {

    private final MessageSource messages;

    DemoAudit(MessageSource messages) {
        this.messages = messages;
    }

    void write(DemoBook book, long committeeId, List<DemoProposal> proposals, List<DemoProposal.Transition> steps) {
        Map<Long, DemoProposal> byId = proposals.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (DemoProposal.Transition t : steps) {
            DemoProposal p = byId.get(t.proposalId());
            String action = text(t.action().messageKey());
            String summary = t.reason() == null || t.reason().isBlank()
                    ? text("proposal.audit.step", label(p), action)
                    : text("proposal.audit.step-with-reason", label(p), action, t.reason());
            book.audits.add(
                    committeeId,
                    t.at(),
                    t.actorName(),
                    auditAction(t),
                    Long.toString(t.proposalId()),
                    summary,
                    t.from() == null ? null : status(t.from().name()),
                    "{\"status\":\"" + t.to().name() + "\",\"action\":\""
                            + t.action().name() + "\"}");
        }
    }

    /** As {@code ProposalJournal}: creation, a change of status, or a step that keeps the status. */
    private static String auditAction(DemoProposal.Transition t) {
        if (t.action() == ProposalAction.CREATE) {
            return "CREATE";
        }
        return t.from() != t.to() ? "STATE_CHANGE" : "UPDATE";
    }

    private static String label(DemoProposal p) {
        return p.officialNumber != null ? p.officialNumber : "#" + p.runningNo;
    }

    private static String status(String name) {
        return "{\"status\":\"" + name + "\"}";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
