package org.xieshang.identity.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.notification.RecipientDirectory;

/**
 * Gives the notification module a user's e-mail address: the account's own, or else the address on the member
 * record the account acts for. Disabled accounts get no e-mail.
 */
@Component
class UserEmails implements RecipientDirectory {

    private final JdbcClient jdbc;
    private final org.xieshang.member.MemberDirectory members;

    UserEmails(JdbcClient jdbc, org.xieshang.member.MemberDirectory members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    @Override
    public Optional<String> emailOf(long userId) {
        record Row(String email, Long memberId) {}
        return jdbc.sql("select email, member_id from app_user where id = ? and enabled")
                .param(userId)
                .query(Row.class)
                .optional()
                .flatMap(row -> row.email() != null ? Optional.of(row.email()) : memberEmail(row.memberId()));
    }

    private Optional<String> memberEmail(Long memberId) {
        return memberId == null ? Optional.empty() : members.email(memberId);
    }
}
