package org.xieshang.proposal;

import java.time.OffsetDateTime;

/** A proposal clue as the proposal office screens it (with the provider's name and contact, never shown publicly). */
public record ClueView(
        long id,
        long committeeId,
        String name,
        String contact,
        String title,
        String text,
        ClueStatus status,
        OffsetDateTime submittedAt,
        Long topicId,
        String screeningReason,
        OffsetDateTime screenedAt,
        int version) {}
