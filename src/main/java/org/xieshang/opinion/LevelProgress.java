package org.xieshang.opinion;

/** How far a report got at one level, as its submitter sees it. */
public enum LevelProgress {
    /** Own level: submitted and being edited or signed off. */
    IN_PROGRESS,
    ACCEPTED,
    FILED,
    /** Sent up, not yet confirmed as received. */
    SENT,
    RECEIVED,
    ADOPTED;

    public String messageKey() {
        return "opinion.level-progress." + name();
    }
}
