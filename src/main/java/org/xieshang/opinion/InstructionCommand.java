package org.xieshang.opinion;

import java.time.LocalDate;

/** A leader's instruction 批示 on a report: the leader's rank and title, and the text. */
public record InstructionCommand(InstructionRank rank, String leaderTitle, String text, LocalDate instructedOn) {}
