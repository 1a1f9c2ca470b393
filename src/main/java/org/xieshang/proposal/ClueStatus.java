package org.xieshang.proposal;

/** A proposal clue from the public: waiting for screening, accepted into the topic catalogue, or rejected. */
public enum ClueStatus {
    SUBMITTED,
    ACCEPTED,
    REJECTED
}
