/**
 * The members (委员) of each committee: their profiles (sex, ethnicity, political affiliation, sector, special
 * committee, Standing Committee seat, employer and post, contacts, expertise) and the terms they serve, with the
 * roster screen, its Excel export and an all-or-nothing Excel import. Other modules read members through
 * {@link org.xieshang.member.MemberDirectory} and listen to {@link org.xieshang.member.MemberRegistered} and
 * {@link org.xieshang.member.MemberProfileChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "organisation"})
package org.xieshang.member;
