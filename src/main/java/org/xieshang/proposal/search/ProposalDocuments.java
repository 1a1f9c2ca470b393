package org.xieshang.proposal.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.SearchDocument;

/**
 * A proposal as the index holds it, read from the module's tables as they stand in the current transaction: title,
 * 案由/grounds and suggestions; category, status, meeting, lead unit and official number as facets; and the access
 * tokens of {@code ProposalScope} — submitted ones for the office, filed and disclosed ones for every non-unit user,
 * signers (drafts included), units assigned and not withdrawn.
 */
@Component
class ProposalDocuments {

    private static final String SELECT = """
            select p.id, p.committee_id, p.title, p.grounds, p.suggestions, p.category, p.status, p.meeting_id,
                   p.official_number, p.disclosure_consent, p.submitted_at, p.filed_at, p.created_at,
                   array(select s.member_id from proposal_signer s where s.proposal_id = p.id order by s.position)
                       as signers,
                   array(select a.unit_id from proposal_assignment a where a.proposal_id = p.id
                         and a.status <> 'WITHDRAWN'
                         order by a.round desc, (a.role = 'CO'), (a.role = 'SEPARATE'), a.id) as units
            from proposal p""";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final OrganisationDirectory organisation;

    ProposalDocuments(JdbcClient jdbc, MessageSource messages, OrganisationDirectory organisation) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.organisation = organisation;
    }

    /** The proposal's document; empty when there is no such proposal (or nobody could ever see it). */
    Optional<SearchDocument> of(long proposalId) {
        Map<Long, Map<Long, String>> unitNames = new HashMap<>();
        return jdbc.sql(SELECT + " where p.id = ?")
                .param(proposalId)
                .query((rs, n) -> document(rs, unitNames))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    /** Every proposal's document, for a bulk load. */
    List<SearchDocument> all() {
        Map<Long, Map<Long, String>> unitNames = new HashMap<>();
        return jdbc.sql(SELECT + " order by p.id").query((rs, n) -> document(rs, unitNames)).list().stream()
                .filter(d -> d != null)
                .toList();
    }

    private SearchDocument document(ResultSet rs, Map<Long, Map<Long, String>> unitNames) throws SQLException {
        long id = rs.getLong("id");
        long committee = rs.getLong("committee_id");
        List<Long> units = ids(rs.getArray("units"));
        Set<String> tokens = tokens(rs, committee, units);
        if (tokens.isEmpty()) {
            return null;
        }
        Map<String, String> facets = new LinkedHashMap<>();
        String category = rs.getString("category");
        facets.put("category", category == null ? null : text("proposal.category." + category));
        facets.put("status", text("proposal.status." + rs.getString("status")));
        long meeting = rs.getLong("meeting_id");
        facets.put("meeting", rs.wasNull() ? null : String.valueOf(meeting));
        facets.put("number", rs.getString("official_number"));
        if (!units.isEmpty()) {
            facets.put(
                    "unit",
                    unitNames.computeIfAbsent(committee, this::unitNames).get(units.get(0)));
        }
        OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
        OffsetDateTime at = submitted != null ? submitted : rs.getObject("created_at", OffsetDateTime.class);
        String body = join(rs.getString("grounds"), rs.getString("suggestions"));
        return new SearchDocument(
                ProposalTokens.TYPE,
                id,
                committee,
                rs.getString("title"),
                body,
                facets,
                tokens,
                "/proposals/" + id,
                at);
    }

    private static Set<String> tokens(ResultSet rs, long committee, List<Long> units) throws SQLException {
        Set<String> tokens = new LinkedHashSet<>();
        if (rs.getObject("submitted_at") != null) {
            tokens.add(ProposalTokens.all(committee));
        }
        if (rs.getObject("filed_at") != null && rs.getBoolean("disclosure_consent")) {
            tokens.add(ProposalTokens.disclosed(committee));
        }
        ids(rs.getArray("signers")).forEach(member -> tokens.add(AccessTokens.member(member)));
        units.forEach(unit -> tokens.add(AccessTokens.unit(unit)));
        return tokens;
    }

    private Map<Long, String> unitNames(long committee) {
        Map<Long, String> names = new HashMap<>();
        for (NamedRef unit : organisation.handlingUnits(committee)) {
            names.put(unit.id(), unit.name());
        }
        return names;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static String join(String grounds, String suggestions) {
        String a = grounds == null ? "" : grounds.strip();
        String b = suggestions == null ? "" : suggestions.strip();
        return a.isEmpty() || b.isEmpty() ? a + b : a + "\n" + b;
    }

    private static List<Long> ids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values)
                .map(v -> ((Number) v).longValue())
                .toList();
    }
}
