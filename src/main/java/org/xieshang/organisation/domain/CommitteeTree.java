package org.xieshang.organisation.domain;

import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.shared.XieshangException;

/** The shape of the committee tree: national → provincial → municipal → county, no level skipped. */
public final class CommitteeTree {

    private CommitteeTree() {}

    /** A committee hangs directly under a committee exactly one level above it. */
    public static void checkParent(CommitteeLevel parent, CommitteeLevel child) {
        if (parent == null || child == null || parent.below() != child) {
            throw new ParentLevelMismatch();
        }
    }

    /** The parent chosen is not one level above the new committee. */
    public static final class ParentLevelMismatch extends XieshangException {
        ParentLevelMismatch() {
            super(Kind.INVALID, "committee-parent-level");
        }
    }

    /** Another committee under the same parent already has this name. */
    public static final class CommitteeNameTaken extends XieshangException {
        CommitteeNameTaken(String name) {
            super(Kind.CONFLICT, "committee-name-taken", name);
        }
    }
}
