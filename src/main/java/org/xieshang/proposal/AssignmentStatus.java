package org.xieshang.proposal;

/**
 * A unit's assignment: waiting for it to accept or contest (PENDING; locked once the window has passed), ACCEPTED,
 * CONTESTED (staff re-assign or keep it), or WITHDRAWN (replaced by another unit's).
 */
public enum AssignmentStatus {
    PENDING,
    ACCEPTED,
    CONTESTED,
    WITHDRAWN
}
