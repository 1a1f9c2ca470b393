package org.xieshang.opinion;

/**
 * Where a report stands in its own committee. A report written here runs DRAFT → SUBMITTED → EDITED → SIGNED_OFF →
 * ACCEPTED or FILED; a copy received from a lower committee runs RECEIVED → ADOPTED or FILED. The moves are listed in
 * {@link OpinionAction}.
 */
public enum OpinionState {
    DRAFT,
    SUBMITTED,
    EDITED,
    SIGNED_OFF,
    ACCEPTED,
    FILED,
    RECEIVED,
    ADOPTED;

    public String messageKey() {
        return "opinion.state." + name();
    }
}
