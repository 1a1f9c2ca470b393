package org.xieshang.organisation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;
import org.xieshang.shared.StaleRecord;
import org.xieshang.shared.XieshangException;

/**
 * Sectors, special committees, parties and organisations, and handling units of a committee. Entries are edited, never
 * deleted: other modules point at them (a member's sector, a proposal's unit); a unit that no longer handles proposals
 * is deactivated instead.
 */
@Service
@Transactional
public class OrganisationCatalogue {

    private final JdbcClient jdbc;
    private final OrganisationAudit audit;

    OrganisationCatalogue(JdbcClient jdbc, OrganisationAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PageSlice<CatalogueEntry> find(
            Catalogue catalogue, long committeeId, CatalogueFilter filter, Paging paging) {
        Scope.requireVisible(committeeId);
        Where where = where(catalogue, committeeId, filter);
        long total = jdbc.sql("select count(*) from " + catalogue.table() + " where " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(where.params());
        params.add(paging.size());
        params.add(paging.offset());
        List<CatalogueEntry> items = jdbc.sql(
                        select(catalogue) + " where " + where.sql() + " order by sort_order, id limit ? offset ?")
                .params(params)
                .query(CatalogueEntry.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** Streams every matching entry for an export, and records the export in the audit trail. */
    public void export(Catalogue catalogue, long committeeId, CatalogueFilter filter, Consumer<CatalogueEntry> rows) {
        Scope.requireVisible(committeeId);
        Where where = where(catalogue, committeeId, filter);
        try (var entries = jdbc
                .sql(select(catalogue) + " where " + where.sql() + " order by sort_order, id")
                .params(where.params())
                .query(CatalogueEntry.class)
                .stream()) {
            entries.forEach(rows);
        }
        audit.record(AuditAction.EXPORT, catalogue.table(), null, "", null, Map.of("committeeId", committeeId));
    }

    @Transactional(readOnly = true)
    public CatalogueEntry get(Catalogue catalogue, long id) {
        CatalogueEntry entry = jdbc.sql(select(catalogue) + " where id = ?")
                .param(id)
                .query(CatalogueEntry.class)
                .optional()
                .orElseThrow(() -> new RecordNotFound(catalogue.table(), id));
        Scope.requireVisible(entry.committeeId());
        return entry;
    }

    public long create(Catalogue catalogue, long committeeId, CatalogueChange change) {
        Scope.requireVisible(committeeId);
        List<Object> values = values(catalogue, change);
        List<String> columns = columns(catalogue);
        values.add(0, committeeId);
        String sql = "insert into " + catalogue.table() + " (committee_id, " + String.join(", ", columns)
                + ") values (?" + ", ?".repeat(columns.size()) + ") returning id";
        long id = Unique.or(
                () -> jdbc.sql(sql).params(values).query(Long.class).single(), () -> new NameTaken(change.name()));
        audit.record(AuditAction.CREATE, catalogue.table(), id, change.name(), null, change);
        return id;
    }

    public void update(Catalogue catalogue, long id, int version, CatalogueChange change) {
        CatalogueEntry before = get(catalogue, id);
        List<Object> values = values(catalogue, change);
        values.add(id);
        values.add(version);
        String sql = "update " + catalogue.table() + " set " + String.join(" = ?, ", columns(catalogue))
                + " = ?, version = version + 1 where id = ? and version = ?";
        int updated = Unique.or(() -> jdbc.sql(sql).params(values).update(), () -> new NameTaken(change.name()));
        if (updated == 0) {
            throw new StaleRecord(catalogue.table(), id);
        }
        AuditAction action = before.active() == change.active() || !catalogue.hasContacts()
                ? AuditAction.UPDATE
                : AuditAction.STATE_CHANGE;
        audit.record(action, catalogue.table(), id, change.name(), before.change(), change);
    }

    private static String select(Catalogue catalogue) {
        return "select " + catalogue.selectColumns() + " from " + catalogue.table();
    }

    private static List<String> columns(Catalogue catalogue) {
        List<String> columns = new ArrayList<>(List.of("name", "sort_order"));
        if (catalogue.hasKind()) {
            columns.add("kind");
        }
        if (catalogue.hasContacts()) {
            columns.addAll(List.of("contact_person", "contact_phone", "active"));
        }
        return columns;
    }

    /** Values in the order of {@link #columns}; a kind the list does not know is refused. */
    private static List<Object> values(Catalogue catalogue, CatalogueChange change) {
        List<Object> values = new ArrayList<>(List.of(change.name().strip(), change.sortOrder()));
        if (catalogue.hasKind()) {
            if (change.kind() == null || !catalogue.kinds().contains(change.kind())) {
                throw new UnknownKind();
            }
            values.add(change.kind());
        }
        if (catalogue.hasContacts()) {
            values.add(blankToNull(change.contactPerson()));
            values.add(blankToNull(change.contactPhone()));
            values.add(change.active());
        }
        return values;
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(Catalogue catalogue, long committeeId, CatalogueFilter filter) {
        StringBuilder sql = new StringBuilder("committee_id = ?");
        List<Object> params = new ArrayList<>(List.of(committeeId));
        if (filter.query() != null && !filter.query().isBlank()) {
            sql.append(" and name ilike ?");
            params.add("%" + filter.query().strip() + "%");
        }
        if (catalogue.hasKind() && filter.kind() != null && !filter.kind().isBlank()) {
            sql.append(" and kind = ?");
            params.add(filter.kind());
        }
        if (catalogue.hasContacts() && filter.active() != null) {
            sql.append(" and active = ?");
            params.add(filter.active());
        }
        return new Where(sql.toString(), params);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Another entry of the list in this committee already has the name. */
    public static final class NameTaken extends XieshangException {
        NameTaken(String name) {
            super(Kind.CONFLICT, "catalogue-name-taken", name);
        }
    }

    /** The kind is not one the list knows. */
    public static final class UnknownKind extends XieshangException {
        UnknownKind() {
            super(Kind.INVALID, "catalogue-kind");
        }
    }
}
