package org.xieshang.organisation.domain;

import java.util.List;

/** A term and its meetings in order. */
public record TermWithMeetings(Term term, List<Meeting> meetings) {}
