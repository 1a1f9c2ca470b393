package org.xieshang.opinion;

import java.time.LocalDate;

/** An adoption recorded by the staff of the level that received a report; departments that adopted it optional. */
public record AdoptionCommand(AdoptionKind kind, String departments, String note, LocalDate adoptedOn) {}
