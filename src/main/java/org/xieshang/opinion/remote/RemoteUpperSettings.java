package org.xieshang.opinion.remote;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.OpinionProblems;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.StaleRecord;

/**
 * A committee's remote upper committee, as its staff or an administrator set it: the upper installation's address, the
 * committee there, the token to send with, and this installation's own address and token for the results. Tokens are
 * stored encrypted and never shown back; a change that leaves a token blank keeps the stored one.
 */
@Service
@Transactional
class RemoteUpperSettings {

    static final String AUDIT_TYPE = "opinion-remote-upper";
    static final int EXPORT_LIMIT = 20_000;

    /** What is shown: everything but the tokens. */
    record View(
            long committeeId,
            String committeeName,
            String baseUrl,
            long remoteCommitteeId,
            String callbackUrl,
            boolean tokensStored,
            String updatedByName,
            OffsetDateTime updatedAt,
            int version) {}

    /** A change; {@code version} is null for a new configuration. */
    record Change(
            String baseUrl,
            long remoteCommitteeId,
            String token,
            String callbackUrl,
            String callbackToken,
            Integer version) {}

    private final RemoteUppers uppers;
    private final RemoteOutbox outbox;
    private final SecretBox secrets;
    private final OrganisationDirectory organisation;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    RemoteUpperSettings(
            RemoteUppers uppers,
            RemoteOutbox outbox,
            SecretBox secrets,
            OrganisationDirectory organisation,
            AuditTrail audit,
            OpinionTexts texts) {
        this.uppers = uppers;
        this.outbox = outbox;
        this.secrets = secrets;
        this.organisation = organisation;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    Optional<View> view(long committeeId) {
        CommitteeView committee = inScope(committeeId);
        return uppers.find(committeeId).map(u -> view(committee, u));
    }

    View save(long committeeId, Change change) {
        CommitteeView committee = inScope(committeeId);
        if (committee.parentId() == null) {
            throw new OpinionProblems.NoUpperCommittee();
        }
        Optional<RemoteUppers.RemoteUpper> before = uppers.find(committeeId);
        RemoteUppers.RemoteUpper after = merged(committeeId, change, before);
        Long userId = Actor.required().userId();
        if (before.isEmpty()) {
            uppers.insert(after, userId);
        } else if (change.version() == null || !uppers.update(after, userId)) {
            throw new StaleRecord(AUDIT_TYPE, committeeId);
        }
        audit.recordIn(
                committeeId,
                before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                AUDIT_TYPE,
                committeeId,
                text("opinion-remote.audit.saved", committee.name(), after.baseUrl()),
                before.map(RemoteUpperSettings::shown).orElse(null),
                shown(after));
        return view(committeeId).orElseThrow();
    }

    void remove(long committeeId, int version) {
        CommitteeView committee = inScope(committeeId);
        RemoteUppers.RemoteUpper before =
                uppers.find(committeeId).orElseThrow(() -> OpinionProblems.missing(AUDIT_TYPE, committeeId));
        if (!uppers.delete(committeeId, version)) {
            throw new StaleRecord(AUDIT_TYPE, committeeId);
        }
        audit.recordIn(
                committeeId,
                AuditAction.DELETE,
                AUDIT_TYPE,
                committeeId,
                text("opinion-remote.audit.removed", committee.name()),
                shown(before),
                null);
    }

    @Transactional(readOnly = true)
    PageSlice<RemoteOutbox.Message> messages(long committeeId, RemoteOutbox.Status status, String q, Paging paging) {
        inScope(committeeId);
        return outbox.find(committeeId, status, q, paging);
    }

    /** The messages for an Excel export (at most {@value #EXPORT_LIMIT}), recorded in the audit trail. */
    List<RemoteOutbox.Message> export(long committeeId, RemoteOutbox.Status status, String q) {
        CommitteeView committee = inScope(committeeId);
        List<RemoteOutbox.Message> all = outbox.all(committeeId, status, q, EXPORT_LIMIT);
        audit.recordIn(
                committeeId,
                AuditAction.EXPORT,
                AUDIT_TYPE,
                committeeId,
                text("opinion-remote.audit.exported", committee.name(), all.size()),
                null,
                null);
        return all;
    }

    int retryNow(long committeeId) {
        CommitteeView committee = inScope(committeeId);
        int count = outbox.retryNow(committeeId);
        audit.recordIn(
                committeeId,
                AuditAction.STATE_CHANGE,
                AUDIT_TYPE,
                committeeId,
                text("opinion-remote.audit.retry", committee.name(), count),
                null,
                Map.of("messages", count));
        return count;
    }

    private RemoteUppers.RemoteUpper merged(
            long committeeId, Change change, Optional<RemoteUppers.RemoteUpper> before) {
        if (change.remoteCommitteeId() <= 0) {
            throw new RemoteProblems.OwnCommittee();
        }
        String token = blank(change.token())
                ? before.map(RemoteUppers.RemoteUpper::tokenCipher).orElse(null)
                : secrets.seal(change.token().strip());
        String callbackToken = blank(change.callbackToken())
                ? before.map(RemoteUppers.RemoteUpper::callbackTokenCipher).orElse(null)
                : secrets.seal(change.callbackToken().strip());
        if (token == null || callbackToken == null) {
            throw new RemoteProblems.TokensRequired();
        }
        return new RemoteUppers.RemoteUpper(
                committeeId,
                change.baseUrl().strip(),
                change.remoteCommitteeId(),
                token,
                change.callbackUrl().strip(),
                callbackToken,
                Actor.required().displayName(),
                null,
                change.version() == null ? 0 : change.version());
    }

    private CommitteeView inScope(long committeeId) {
        if (!Actor.required().visibleCommitteeIds().contains(committeeId)) {
            throw OpinionProblems.missing(OpinionProblems.COMMITTEE, committeeId);
        }
        return organisation
                .committee(committeeId)
                .orElseThrow(() -> OpinionProblems.missing(OpinionProblems.COMMITTEE, committeeId));
    }

    private static View view(CommitteeView committee, RemoteUppers.RemoteUpper u) {
        return new View(
                committee.id(),
                committee.name(),
                u.baseUrl(),
                u.remoteCommitteeId(),
                u.callbackUrl(),
                true,
                u.updatedByName(),
                u.updatedAt(),
                u.version());
    }

    /** The configuration as the audit trail keeps it: without the tokens. */
    private static Map<String, Object> shown(RemoteUppers.RemoteUpper u) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("baseUrl", u.baseUrl());
        map.put("remoteCommitteeId", u.remoteCommitteeId());
        map.put("callbackUrl", u.callbackUrl());
        return map;
    }

    private String text(String key, Object... args) {
        return texts.get(key, args);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
