package org.xieshang.opinion.remote;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Kept by the upper installation: for each copy received from another installation, the report it came from there and
 * where to send its results. {@code originCommitteeId} is this installation's record of the lower committee (the
 * committee of the account that delivered it); {@code originReportId} is the report's id over there.
 */
@Repository
class RemoteOrigins {

    record RemoteOrigin(
            long id,
            long committeeId,
            long originCommitteeId,
            long originReportId,
            long remoteCommitteeId,
            String idempotencyKey,
            Long copyReportId,
            String callbackUrl,
            String callbackTokenCipher) {}

    private final JdbcClient jdbc;

    RemoteOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records where a delivery comes from before its copy is made (the copy's first outcome is sent back at once). A
     * repeated delivery keeps the row and takes the newest callback address and token.
     */
    long save(RemoteOrigin origin) {
        return jdbc.sql("""
                insert into opinion_remote_origin (committee_id, origin_committee_id, origin_report_id,
                    remote_committee_id, idempotency_key, callback_url, callback_token_cipher)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (committee_id, idempotency_key) do update
                   set callback_url = excluded.callback_url, callback_token_cipher = excluded.callback_token_cipher
                returning id""")
                .params(
                        origin.committeeId(),
                        origin.originCommitteeId(),
                        origin.originReportId(),
                        origin.remoteCommitteeId(),
                        origin.idempotencyKey(),
                        origin.callbackUrl(),
                        origin.callbackTokenCipher())
                .query(Long.class)
                .single();
    }

    void copyMade(long id, long copyReportId) {
        jdbc.sql("update opinion_remote_origin set copy_report_id = ? where id = ?")
                .params(copyReportId, id)
                .update();
    }

    /** The remote origin of the report {@code reportId} of committee {@code originCommitteeId}, if it came from afar. */
    Optional<RemoteOrigin> of(long originCommitteeId, long originReportId) {
        return jdbc.sql("""
                select * from opinion_remote_origin where origin_committee_id = ? and origin_report_id = ?
                 order by id desc limit 1""")
                .params(originCommitteeId, originReportId)
                .query(RemoteOrigin.class)
                .optional();
    }

    Optional<RemoteOrigin> byId(long id) {
        return jdbc.sql("select * from opinion_remote_origin where id = ?")
                .param(id)
                .query(RemoteOrigin.class)
                .optional();
    }
}
