/**
 * Public-opinion information 社情民意信息: reports from members, parties, organisations, special committees and invited
 * information officers; editing 核稿, sign-off 签发 and acceptance 录用; the numbered periodical 《社情民意》; reporting
 * upward 报送 by copying a report into the upper committee; adoption 采用 and leaders' instructions 批示 recorded at each
 * level and flowing back down; the points ledger, rankings and statistics. Other modules use the facades and events of
 * this package; members and users are referred to by id
 * (members are checked and named through {@link org.xieshang.member.MemberDirectory}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "audit", "organisation", "member", "search"})
package org.xieshang.opinion;
