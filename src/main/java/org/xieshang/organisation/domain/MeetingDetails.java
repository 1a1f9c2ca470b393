package org.xieshang.organisation.domain;

import java.time.LocalDate;

/** The editable part of a meeting. */
public record MeetingDetails(int number, LocalDate openedOn, LocalDate closedOn) {}
