package org.xieshang.opinion.remote;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * Messages waiting for another installation: a report going up (UPWARD) or a result going down (RESULT). Written in
 * the transaction that produced them, once per key; sent in order of writing per destination until confirmed.
 */
@Repository
class RemoteOutbox {

    enum Kind {
        UPWARD,
        RESULT
    }

    record Message(
            long id,
            long committeeId,
            Kind kind,
            String destination,
            Long remoteOriginId,
            String idempotencyKey,
            String payload,
            int attempts,
            OffsetDateTime nextAttemptAt,
            String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime deliveredAt) {}

    private final JdbcClient jdbc;

    RemoteOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a message; a second one with the same key is dropped (it is the same message). */
    void enqueue(long committeeId, Kind kind, String destination, Long remoteOriginId, String key, String payload) {
        jdbc.sql("""
                insert into opinion_remote_outbox (committee_id, kind, destination, remote_origin_id, idempotency_key,
                    payload)
                values (?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (committee_id, kind, idempotency_key) do nothing""")
                .params(committeeId, kind.name(), destination, remoteOriginId, key, payload)
                .update();
    }

    /** Undelivered messages, oldest first (the sender keeps that order per destination). */
    List<Message> pending(int limit) {
        return jdbc.sql("select * from opinion_remote_outbox where delivered_at is null order by id limit ?")
                .param(limit)
                .query(Message.class)
                .list();
    }

    /** Whether a message is still to be sent or was confirmed. */
    enum Status {
        WAITING,
        DELIVERED
    }

    /** The committee's messages, newest first, filtered by status and by a text in the key or the last error. */
    PageSlice<Message> find(long committeeId, Status status, String q, Paging paging) {
        String where = where(status, q);
        long total = params(jdbc.sql("select count(*) from opinion_remote_outbox" + where), committeeId, q)
                .query(Long.class)
                .single();
        List<Message> items = params(
                        jdbc.sql("select * from opinion_remote_outbox" + where + " order by id desc limit "
                                + paging.size() + " offset " + paging.offset()),
                        committeeId,
                        q)
                .query(Message.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** Every message the filter selects, newest first, at most {@code limit} (for the export). */
    List<Message> all(long committeeId, Status status, String q, int limit) {
        return params(
                        jdbc.sql("select * from opinion_remote_outbox" + where(status, q) + " order by id desc limit "
                                + limit),
                        committeeId,
                        q)
                .query(Message.class)
                .list();
    }

    private static String where(Status status, String q) {
        StringBuilder where = new StringBuilder(" where committee_id = :committee");
        if (status == Status.WAITING) {
            where.append(" and delivered_at is null");
        } else if (status == Status.DELIVERED) {
            where.append(" and delivered_at is not null");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (idempotency_key ilike :q or coalesce(last_error, '') ilike :q)");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long committeeId, String q) {
        spec = spec.param("committee", committeeId);
        if (q != null && !q.isBlank()) {
            spec = spec.param(
                    "q",
                    "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return spec;
    }

    @Transactional
    void delivered(long id) {
        jdbc.sql("update opinion_remote_outbox set delivered_at = now(), last_error = null where id = ?")
                .param(id)
                .update();
    }

    void failed(long id, OffsetDateTime nextAttemptAt, String error) {
        jdbc.sql("""
                update opinion_remote_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                 where id = ? and delivered_at is null""")
                .params(nextAttemptAt, error.length() > 500 ? error.substring(0, 500) : error, id)
                .update();
    }

    /** Makes the committee's waiting messages due now (after the other side is back, an operator need not wait). */
    int retryNow(long committeeId) {
        return jdbc.sql("""
                update opinion_remote_outbox set next_attempt_at = now()
                 where committee_id = ? and delivered_at is null""").param(committeeId).update();
    }
}
