package org.xieshang.proposal;

/** Formats of key-proposal supervision: 座谈, 调研, 视察, 办理协商会. */
public enum SupervisionKind {
    FORUM,
    RESEARCH,
    INSPECTION,
    HANDLING_CONSULTATION
}
