package org.xieshang.organisation.domain;

import org.xieshang.organisation.DivisionKind;
import org.xieshang.organisation.DivisionLevel;
import org.xieshang.shared.XieshangException;

/**
 * The division tree: districts and counties at the top, towns, streets and parks under them, villages and
 * communities under those. The kind decides the level, so a division fits where its kind's level fits.
 */
public final class DivisionRules {

    private DivisionRules() {}

    /** {@code parentLevel} is null for a division at the top. */
    public static void checkPlace(DivisionLevel parentLevel, DivisionKind kind) {
        if (kind.level().parent() != parentLevel) {
            throw new ParentLevelMismatch();
        }
    }

    /** An existing division keeps its level (its children depend on it); only a kind of the same level fits. */
    public static void checkKindChange(DivisionLevel level, DivisionKind kind) {
        if (kind.level() != level) {
            throw new KindMismatch();
        }
    }

    /** The division would sit at the wrong depth of the tree. */
    public static final class ParentLevelMismatch extends XieshangException {
        ParentLevelMismatch() {
            super(Kind.INVALID, "division-parent-level");
        }
    }

    /** The kind belongs to another level than the division's. */
    public static final class KindMismatch extends XieshangException {
        KindMismatch() {
            super(Kind.INVALID, "division-kind-level");
        }
    }

    /** Another division of the committee already has this code. */
    public static final class CodeTaken extends XieshangException {
        CodeTaken(String code) {
            super(Kind.CONFLICT, "division-code-taken", code);
        }
    }
}
