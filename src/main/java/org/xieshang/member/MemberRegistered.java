package org.xieshang.member;

/** A member was added to a committee's roster (by hand or by an import). */
public record MemberRegistered(long memberId, long committeeId) {}
