package org.xieshang.proposal;

import java.time.OffsetDateTime;

/** A reply on the public page: the full letter or the summary, with phone numbers, e-mails and addresses removed. */
public record PublishedReply(
        long replyId,
        long proposalId,
        long committeeId,
        String officialNumber,
        String title,
        String category,
        long unitId,
        String unitName,
        ReplyClass replyClass,
        DisclosureMode mode,
        String text,
        OffsetDateTime repliedAt,
        OffsetDateTime publishedAt) {}
