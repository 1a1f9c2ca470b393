package org.xieshang.opinion.remote;

import org.xieshang.opinion.LevelRef;
import org.xieshang.opinion.OpinionRelay;
import org.xieshang.opinion.Outcome;
import org.xieshang.opinion.UpwardChannel;
import org.xieshang.opinion.UpwardDelivery;
import org.xieshang.opinion.UpwardReceipt;
import tools.jackson.databind.ObjectMapper;

/**
 * The relay in front of the in-process one: a report going up from a committee whose upper committee is remote, and a
 * result for a copy that came from another installation, are written to the outbox (in the caller's transaction) and
 * sent later; everything else is delivered in-process as before.
 */
class RemoteRelay implements OpinionRelay {

    private final OpinionRelay local;
    private final RemoteUppers uppers;
    private final RemoteOrigins origins;
    private final RemoteOutbox outbox;
    private final ObjectMapper json;

    RemoteRelay(
            OpinionRelay local, RemoteUppers uppers, RemoteOrigins origins, RemoteOutbox outbox, ObjectMapper json) {
        this.local = local;
        this.uppers = uppers;
        this.origins = origins;
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public UpwardReceipt deliverUpward(UpwardDelivery delivery) {
        // only the committee directly above is configured; a direct report to the national committee stays local
        var upper = delivery.channel() == UpwardChannel.NORMAL
                ? uppers.find(delivery.originCommitteeId())
                : java.util.Optional.<RemoteUppers.RemoteUpper>empty();
        if (upper.isEmpty()) {
            return local.deliverUpward(delivery);
        }
        outbox.enqueue(
                delivery.originCommitteeId(),
                RemoteOutbox.Kind.UPWARD,
                upper.get().baseUrl(),
                null,
                delivery.idempotencyKey(),
                json.writeValueAsString(delivery));
        return null; // queued: the sender records the copy's id once the upper installation confirms
    }

    @Override
    public void deliverOutcome(
            long toCommitteeId, long reportId, LevelRef level, Outcome outcome, String idempotencyKey) {
        var origin = origins.of(toCommitteeId, reportId);
        if (origin.isEmpty()) {
            local.deliverOutcome(toCommitteeId, reportId, level, outcome, idempotencyKey);
            return;
        }
        outbox.enqueue(
                origin.get().committeeId(),
                RemoteOutbox.Kind.RESULT,
                origin.get().callbackUrl(),
                origin.get().id(),
                idempotencyKey,
                json.writeValueAsString(new Wire.Result(origin.get().originReportId(), level, outcome)));
    }
}
