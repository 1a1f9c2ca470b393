package org.xieshang.opinion.remote;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Committees whose upper committee runs its own installation, with the address and the (encrypted) tokens. */
@Repository
class RemoteUppers {

    /** A row as stored; the ciphers are opened only to send. */
    record RemoteUpper(
            long committeeId,
            String baseUrl,
            long remoteCommitteeId,
            String tokenCipher,
            String callbackUrl,
            String callbackTokenCipher,
            String updatedByName,
            OffsetDateTime updatedAt,
            int version) {}

    private final JdbcClient jdbc;

    RemoteUppers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RemoteUpper> find(long committeeId) {
        return jdbc.sql("select * from opinion_remote_upper where committee_id = ?")
                .param(committeeId)
                .query(RemoteUpper.class)
                .optional();
    }

    void insert(RemoteUpper upper, Long userId) {
        jdbc.sql("""
                insert into opinion_remote_upper (committee_id, base_url, remote_committee_id, token_cipher,
                    callback_url, callback_token_cipher, updated_by, updated_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        upper.committeeId(),
                        upper.baseUrl(),
                        upper.remoteCommitteeId(),
                        upper.tokenCipher(),
                        upper.callbackUrl(),
                        upper.callbackTokenCipher(),
                        userId,
                        upper.updatedByName())
                .update();
    }

    /** Saves a change made on {@code version}; false when someone else changed it first. */
    boolean update(RemoteUpper upper, Long userId) {
        return jdbc.sql("""
                        update opinion_remote_upper set base_url = ?, remote_committee_id = ?, token_cipher = ?,
                            callback_url = ?, callback_token_cipher = ?, updated_by = ?, updated_by_name = ?,
                            updated_at = now(), version = version + 1
                         where committee_id = ? and version = ?""")
                        .params(
                                upper.baseUrl(),
                                upper.remoteCommitteeId(),
                                upper.tokenCipher(),
                                upper.callbackUrl(),
                                upper.callbackTokenCipher(),
                                userId,
                                upper.updatedByName(),
                                upper.committeeId(),
                                upper.version())
                        .update()
                == 1;
    }

    boolean delete(long committeeId, int version) {
        return jdbc.sql("delete from opinion_remote_upper where committee_id = ? and version = ?")
                        .params(committeeId, version)
                        .update()
                == 1;
    }
}
