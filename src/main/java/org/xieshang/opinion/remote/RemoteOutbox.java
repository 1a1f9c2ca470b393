package org.xieshang.opinion.remote;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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

    List<Message> recent(long committeeId, int limit) {
        return jdbc.sql("select * from opinion_remote_outbox where committee_id = ? order by id desc limit ?")
                .params(committeeId, limit)
                .query(Message.class)
                .list();
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
