package org.xieshang.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xieshang.shared.Actor;
import tools.jackson.databind.ObjectMapper;

/**
 * Records audit entries. A change is recorded in the transaction that makes it, so the two commit or fail together;
 * the actor and address come from the current request.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change of a record. {@code before} and {@code after} are serialised as JSON (null when absent). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(
            AuditAction action, String targetType, Object targetId, String summary, Object before, Object after) {
        Optional<Actor> actor = Actor.current();
        insert(
                actor.map(Actor::committeeId).orElse(null),
                actor.map(Actor::userId).orElse(null),
                actor.map(Actor::username).orElse(null),
                action,
                targetType,
                targetId,
                summary,
                before,
                after);
    }

    /**
     * Records a change of a record that belongs to {@code committeeId}, which may differ from the actor's committee
     * (an administrator of a higher level, or a system job with no actor).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordIn(
            long committeeId,
            AuditAction action,
            String targetType,
            Object targetId,
            String summary,
            Object before,
            Object after) {
        Optional<Actor> actor = Actor.current();
        insert(
                committeeId,
                actor.map(Actor::userId).orElse(null),
                actor.map(Actor::username).orElse(null),
                action,
                targetType,
                targetId,
                summary,
                before,
                after);
    }

    /** Records an event of a named user outside a signed-in request (a failed login, for instance). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(
            Long committeeId, Long actorId, String actorName, AuditAction action, String targetType, String summary) {
        insert(committeeId, actorId, actorName, action, targetType, null, summary, null, null);
    }

    private void insert(
            Long committeeId,
            Long actorId,
            String actorName,
            AuditAction action,
            String targetType,
            Object targetId,
            String summary,
            Object before,
            Object after) {
        jdbc.sql("""
                insert into audit_entry (committee_id, actor_id, actor_name, remote_address, action, target_type,
                                         target_id, summary, before_state, after_state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        committeeId,
                        actorId,
                        actorName,
                        remoteAddress(),
                        action.name(),
                        targetType,
                        targetId == null ? null : targetId.toString(),
                        summary,
                        toJson(before),
                        toJson(after))
                .update();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String text ? text : json.writeValueAsString(state);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
