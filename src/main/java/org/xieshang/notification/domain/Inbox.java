package org.xieshang.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.notification.NotificationCategory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;

/**
 * A user's own inbox: unread first, newest first; mark one or all read. Every query is bound to the reader's user id,
 * so another user's notice reads as not found, whatever committee it belongs to.
 */
@Service
@Transactional
public class Inbox {

    private static final String ORDER = " order by (read_at is null) desc, created_at desc, id desc";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final NotificationTexts texts;

    Inbox(JdbcClient jdbc, AuditTrail audit, NotificationTexts texts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
    }

    /** Filters; every field is optional. {@code q} matches title or body. */
    public record Filter(String q, NotificationCategory category, boolean unreadOnly) {}

    @Transactional(readOnly = true)
    public PageSlice<InboxItem> find(long userId, Filter filter, Paging paging) {
        Where where = where(userId, filter);
        long total = jdbc.sql("select count(*) from notification where " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(paging.size());
        params.add(paging.offset());
        List<InboxItem> items = jdbc.sql("select * from notification where " + where.sql + ORDER + " limit ? offset ?")
                .params(params)
                .query(InboxItem.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** Every matching notice in list order (for export). */
    @Transactional(readOnly = true)
    public void forEach(long userId, Filter filter, Consumer<InboxItem> consumer) {
        Where where = where(userId, filter);
        try (var rows = jdbc
                .sql("select * from notification where " + where.sql + ORDER)
                .params(where.params)
                .query(InboxItem.class)
                .stream()) {
            rows.forEach(consumer);
        }
    }

    @Transactional(readOnly = true)
    public InboxItem get(long userId, long id) {
        return jdbc.sql("select * from notification where id = ? and user_id = ?")
                .params(id, userId)
                .query(InboxItem.class)
                .optional()
                .orElseThrow(() -> new RecordNotFound(texts.text("notification.record"), id));
    }

    /** Marks the reader's notice read (reading it twice changes nothing) and returns it. */
    public InboxItem markRead(Actor reader, long id) {
        InboxItem item = get(reader.userId(), id);
        if (item.unread()) {
            jdbc.sql("update notification set read_at = now() where id = ? and read_at is null")
                    .param(id)
                    .update();
            audit.record(
                    AuditAction.STATE_CHANGE,
                    "notification",
                    id,
                    texts.text("notification.audit.read", item.title()),
                    Map.of("read", false),
                    Map.of("read", true));
        }
        return get(reader.userId(), id);
    }

    /** Marks every unread notice of the reader read; returns how many. */
    public int markAllRead(Actor reader) {
        int count = jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null")
                .param(reader.userId())
                .update();
        if (count > 0) {
            audit.record(
                    AuditAction.STATE_CHANGE,
                    "notification",
                    null,
                    texts.text("notification.audit.allRead", count),
                    null,
                    Map.of("read", count));
        }
        return count;
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(long userId, Filter filter) {
        StringBuilder sql = new StringBuilder("user_id = ?");
        List<Object> params = new ArrayList<>(List.of(userId));
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.append(" and (title ilike ? escape '\\' or body ilike ? escape '\\')");
            String pattern = "%" + escapeLike(filter.q().strip()) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        if (filter.category() != null) {
            sql.append(" and category = ?");
            params.add(filter.category().name());
        }
        if (filter.unreadOnly()) {
            sql.append(" and read_at is null");
        }
        return new Where(sql.toString(), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
