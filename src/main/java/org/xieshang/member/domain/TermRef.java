package org.xieshang.member.domain;

/** A term (届) of a committee, by id and number. */
public record TermRef(long id, int number) {}
