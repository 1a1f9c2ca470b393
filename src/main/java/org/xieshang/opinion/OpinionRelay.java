package org.xieshang.opinion;

/**
 * Carries reports up and outcomes down between committees. The default delivers in-process, within the sender's
 * transaction, to committees of this installation; a transport to a remote installation implements the same two calls
 * (and keeps the idempotency keys, so retries never duplicate anything).
 */
public interface OpinionRelay {

    UpwardReceipt deliverUpward(UpwardDelivery delivery);

    /** Tells the committee holding {@code reportId} (the lower record) what happened at {@code level}. */
    void deliverOutcome(long toCommitteeId, long reportId, LevelRef level, Outcome outcome, String idempotencyKey);
}
