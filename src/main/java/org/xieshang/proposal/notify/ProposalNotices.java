package org.xieshang.proposal.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.identity.UserDirectory;
import org.xieshang.notification.NotificationCategory;
import org.xieshang.notification.NotificationRequest;
import org.xieshang.notification.Notifications;
import org.xieshang.proposal.ProposalEvent;

/**
 * Sends the notices of a proposal event: finds the users behind members, units and permissions, names the proposal by
 * its title, links to its page, and keys each notice by the proposal and the occasion so that an event delivered twice
 * notifies each user once.
 */
@Component
class ProposalNotices {

    static final String STAFF = "proposal:review";
    static final String SUPERVISORS = "proposal:supervise";

    private final Notifications notifications;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    ProposalNotices(Notifications notifications, UserDirectory users, JdbcClient jdbc, MessageSource messages) {
        this.notifications = notifications;
        this.users = users;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The Chinese name of a code ({@code proposal.satisfaction.SATISFIED}), for the notice's text. */
    String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** Who to tell, gathered from members, units, permissions and single users. */
    static final class Audience {
        final List<Long> memberIds = new ArrayList<>();
        final List<Long> unitIds = new ArrayList<>();
        final List<String> permissions = new ArrayList<>();
        final List<Long> userIds = new ArrayList<>();

        Audience members(List<Long> ids) {
            memberIds.addAll(ids);
            return this;
        }

        Audience member(Long id) {
            if (id != null) {
                memberIds.add(id);
            }
            return this;
        }

        Audience units(List<Long> ids) {
            unitIds.addAll(ids);
            return this;
        }

        Audience unit(long id) {
            unitIds.add(id);
            return this;
        }

        Audience withPermission(String permission) {
            permissions.add(permission);
            return this;
        }

        Audience user(Long id) {
            if (id != null) {
                userIds.add(id);
            }
            return this;
        }
    }

    static Audience to() {
        return new Audience();
    }

    /**
     * Notifies the audience with {@code proposal.notify.<message>.title/body} (argument 0: the proposal's title, then
     * {@code args}); {@code occasion} names this step of this proposal for the dedup key.
     */
    void send(
            ProposalEvent event,
            Audience audience,
            NotificationCategory category,
            String message,
            String occasion,
            Object... args) {
        List<Long> recipients = resolve(event.committeeId(), audience);
        if (recipients.isEmpty()) {
            return;
        }
        Object[] all = new Object[args.length + 1];
        all[0] = title(event.proposalId());
        System.arraycopy(args, 0, all, 1, args.length);
        notifications.notify(NotificationRequest.toUsers(
                event.committeeId(),
                recipients,
                "proposal.notify." + message,
                "/proposals/" + event.proposalId(),
                category,
                "proposal-" + event.proposalId() + "-" + occasion,
                all));
    }

    List<Long> resolve(long committeeId, Audience audience) {
        Set<Long> ids = new LinkedHashSet<>(audience.userIds);
        audience.memberIds.forEach(m -> ids.addAll(users.usersOfMember(m)));
        audience.unitIds.forEach(u -> ids.addAll(users.usersOfUnit(u)));
        audience.permissions.forEach(p -> ids.addAll(users.usersWithPermission(committeeId, p)));
        return List.copyOf(ids);
    }

    String title(long proposalId) {
        return jdbc.sql("select title from proposal where id = ?")
                .param(proposalId)
                .query(String.class)
                .optional()
                .orElse("#" + proposalId);
    }

    /** A short, stable fingerprint of a free text (a reason), for occasions that may repeat with another text. */
    static String fingerprint(String text) {
        return text == null ? "-" : Integer.toHexString(text.hashCode());
    }
}
