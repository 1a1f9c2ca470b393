package org.xieshang.proposal;

/** The supervisors' review of a reply: not yet reviewed, approved as is, or approved with a changed class. */
public enum ReplyReview {
    PENDING,
    APPROVED,
    CLASS_CHANGED
}
