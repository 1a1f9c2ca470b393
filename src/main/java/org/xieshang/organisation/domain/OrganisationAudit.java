package org.xieshang.organisation.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;

/**
 * Records organisation changes in the audit trail with a Chinese summary taken from the bundle (so no Chinese lives in
 * the code): "新建界别“农业界”", "修改承办单位“市教育局”".
 */
@Component
class OrganisationAudit {

    private final AuditTrail trail;
    private final MessageSource messages;

    OrganisationAudit(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    void record(AuditAction action, String type, Object id, String name, Object before, Object after) {
        String typeLabel = text("organisation.type." + type);
        String summary = messages.getMessage(
                "organisation.audit." + action.name(), new Object[] {typeLabel, name}, Locale.SIMPLIFIED_CHINESE);
        trail.record(action, type, id, summary, before, after);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
