package org.xieshang.proposal;

/** Staff screened a clue: accepted into the topic catalogue ({@code topicId}) or rejected. */
public record ClueScreened(long clueId, long committeeId, ClueStatus status, Long topicId) {}
