package org.xieshang.proposal;

import java.time.OffsetDateTime;

/** An entry of the topic catalogue 选题参考目录 members choose from; {@code clues} counts the clues behind it. */
public record TopicView(
        long id,
        long committeeId,
        int year,
        String title,
        String category,
        String description,
        long clues,
        OffsetDateTime createdAt) {}
