package org.xieshang.opinion;

/** A piece of an issue of the periodical: one report, or several merged into one with each original listed. */
public enum PieceKind {
    SINGLE,
    COMPOSITE;

    public String messageKey() {
        return "opinion.piece-kind." + name();
    }
}
