package org.xieshang.member;

/** A member's profile, terms or active flag changed. */
public record MemberProfileChanged(long memberId, long committeeId) {}
