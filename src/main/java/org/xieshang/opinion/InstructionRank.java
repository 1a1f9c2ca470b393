package org.xieshang.opinion;

/** The rank of the leader who gave an instruction 批示. */
public enum InstructionRank {
    MUNICIPAL,
    PROVINCIAL,
    CENTRAL;

    public String messageKey() {
        return "opinion.instruction-rank." + name();
    }
}
