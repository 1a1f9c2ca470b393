package org.xieshang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.notification.RecipientDirectory;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** Notices by e-mail reach the account's address, or the member's from the roster, never a disabled account. */
@IntegrationTest
class UserEmailsTests {

    @Autowired
    RecipientDirectory directory;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAccountsAddressComesFirstThenTheMembersAndNoneForADisabledAccount() {
        XieshangUser user = fixtures.user(fixtures.committee(), Role.STAFF);
        assertThat(directory.emailOf(user.userId())).isEmpty();
        jdbc.sql("update app_user set email = 'office@example.org' where id = ?")
                .param(user.userId())
                .update();
        assertThat(directory.emailOf(user.userId())).contains("office@example.org");
        jdbc.sql("update app_user set enabled = false where id = ?")
                .param(user.userId())
                .update();
        assertThat(directory.emailOf(user.userId())).isEmpty();

        Long member = jdbc.sql("select member_id from app_user where username = 'member'")
                .query(Long.class)
                .single();
        jdbc.sql("update member set email = 'member@example.org' where id = ?")
                .param(member)
                .update();
        long demoMember = jdbc.sql("select id from app_user where username = 'member'")
                .query(Long.class)
                .single();
        assertThat(directory.emailOf(demoMember)).contains("member@example.org");
    }
}
