package org.xieshang.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Reads the audit trail with filters, always limited to the committees the reader may see. */
@Service
public class AuditQuery {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters; every field is optional. Dates are inclusive days in China time. */
    public record Filter(
            String actor,
            AuditAction action,
            String targetType,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

    @Transactional(readOnly = true)
    public PageSlice<AuditEntry> find(Collection<Long> committeeIds, Filter filter, Paging paging) {
        Where where = where(committeeIds, filter);
        long total = jdbc.sql("select count(*) from audit_entry where " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(paging.size());
        params.add(paging.offset());
        List<AuditEntry> items = jdbc.sql("select * from audit_entry where " + where.sql
                        + " order by occurred_at desc, id desc limit ? offset ?")
                .params(params)
                .query(AuditEntry.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** Streams every matching entry, newest first (for export). */
    @Transactional(readOnly = true)
    public void forEach(Collection<Long> committeeIds, Filter filter, Consumer<AuditEntry> consumer) {
        Where where = where(committeeIds, filter);
        try (var rows = jdbc
                .sql("select * from audit_entry where " + where.sql + " order by occurred_at desc, id desc")
                .params(where.params)
                .query(AuditEntry.class)
                .stream()) {
            rows.forEach(consumer);
        }
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(Collection<Long> committeeIds, Filter filter) {
        StringBuilder sql = new StringBuilder("committee_id = any(?)");
        List<Object> params = new ArrayList<>();
        params.add(committeeIds.toArray(Long[]::new));
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and actor_name ilike ?");
            params.add("%" + filter.actor().strip() + "%");
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            params.add(filter.action().name());
        }
        if (filter.targetType() != null && !filter.targetType().isBlank()) {
            sql.append(" and target_type = ?");
            params.add(filter.targetType().strip());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(filter.from().atStartOfDay(CHINA).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        }
        return new Where(sql.toString(), params);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(CHINA);
    }
}
