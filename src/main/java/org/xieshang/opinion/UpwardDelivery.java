package org.xieshang.opinion;

/**
 * A report sent up to {@code targetCommitteeId}: the copy, where it comes from (committee and report there), and the
 * sender's idempotency key. The same payload can travel in-process or over the API between installations; a second
 * delivery with the same key returns the copy made the first time.
 */
public record UpwardDelivery(
        long originCommitteeId,
        String originCommitteeName,
        long originReportId,
        long targetCommitteeId,
        UpwardChannel channel,
        String idempotencyKey,
        CopiedReport report) {}
