package org.xieshang.opinion.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.opinion.CatalogueEntry;
import org.xieshang.opinion.OpinionCatalogue;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.SearchDocument;

/**
 * A public-opinion report as the index holds it: the edited title and text once the office edited it (核稿), with the
 * title as written first in the body, else the report as written; category, state and year as facets; and the tokens of {@code ReportScope} — a draft for its
 * creator alone, otherwise the committee's information office, the creator and the members and users named on it. A
 * copy received from below is a report of the upper committee and is indexed there.
 */
@Component
class ReportDocuments {

    private static final String SELECT = """
            select r.id, r.committee_id, r.year, r.state, r.category, r.serial_number, r.created_by, r.title,
                   r.facts, r.analysis, r.suggestions, r.edited_title, r.edited_body, r.edited_suggestions,
                   r.submitted_at, r.created_at,
                   array(select p.person_type || ':' || p.person_id from opinion_report_person p
                         where p.report_id = r.id and p.person_id is not null order by p.position) as persons
            from opinion_report r""";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final OpinionCatalogue catalogue;

    ReportDocuments(JdbcClient jdbc, MessageSource messages, OpinionCatalogue catalogue) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.catalogue = catalogue;
    }

    /** The report's document; empty when there is no such report, or nobody could see it. */
    Optional<SearchDocument> of(long reportId) {
        Map<Long, Map<String, String>> categories = new HashMap<>();
        return jdbc.sql(SELECT + " where r.id = ?")
                .param(reportId)
                .query((rs, n) -> document(rs, categories))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    /** Every report's document, for a bulk load. */
    List<SearchDocument> all() {
        Map<Long, Map<String, String>> categories = new HashMap<>();
        return jdbc.sql(SELECT + " order by r.id").query((rs, n) -> document(rs, categories)).list().stream()
                .filter(Objects::nonNull)
                .toList();
    }

    private SearchDocument document(ResultSet rs, Map<Long, Map<String, String>> categories) throws SQLException {
        long id = rs.getLong("id");
        long committee = rs.getLong("committee_id");
        Set<String> tokens = tokens(rs, committee);
        if (tokens.isEmpty()) {
            return null;
        }
        Map<String, String> facets = new LinkedHashMap<>();
        String category = rs.getString("category");
        facets.put(
                "category",
                categories.computeIfAbsent(committee, this::categoryNames).getOrDefault(category, category));
        facets.put("status", text("opinion.state." + rs.getString("state")));
        facets.put("year", String.valueOf(rs.getInt("year")));
        facets.put("number", rs.getString("serial_number"));
        String editedTitle = rs.getString("edited_title");
        String editedBody = rs.getString("edited_body");
        String written = rs.getString("title");
        boolean retitled = editedTitle != null && !editedTitle.isBlank() && !editedTitle.equals(written);
        String title = retitled ? editedTitle : written;
        String body = editedBody != null && !editedBody.isBlank()
                ? join(editedBody, rs.getString("edited_suggestions"))
                : join(join(rs.getString("facts"), rs.getString("analysis")), rs.getString("suggestions"));
        if (retitled) {
            // the submitter still knows it by the title they wrote (the list's filter matches both, so does search)
            body = join(written, body);
        }
        OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
        OffsetDateTime at = submitted != null ? submitted : rs.getObject("created_at", OffsetDateTime.class);
        return new SearchDocument(
                ReportTokens.TYPE, id, committee, title, body, facets, tokens, "/opinion/reports/" + id, at);
    }

    private static Set<String> tokens(ResultSet rs, long committee) throws SQLException {
        Set<String> tokens = new LinkedHashSet<>();
        long creator = rs.getLong("created_by");
        if (!rs.wasNull()) {
            tokens.add(AccessTokens.user(creator));
        }
        if ("DRAFT".equals(rs.getString("state"))) {
            return tokens;
        }
        tokens.add(ReportTokens.all(committee));
        for (Object person : (Object[]) rs.getArray("persons").getArray()) {
            String[] typeAndId = ((String) person).split(":");
            long personId = Long.parseLong(typeAndId[1]);
            if ("MEMBER".equals(typeAndId[0])) {
                tokens.add(AccessTokens.member(personId));
            } else if ("USER".equals(typeAndId[0])) {
                tokens.add(AccessTokens.user(personId));
            }
        }
        return tokens;
    }

    private Map<String, String> categoryNames(long committee) {
        Map<String, String> names = new HashMap<>();
        for (CatalogueEntry entry : catalogue.categories(committee)) {
            names.put(entry.code(), entry.name());
        }
        return names;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static String join(String first, String second) {
        String a = first == null ? "" : first.strip();
        String b = second == null ? "" : second.strip();
        return a.isEmpty() || b.isEmpty() ? a + b : a + "\n" + b;
    }
}
