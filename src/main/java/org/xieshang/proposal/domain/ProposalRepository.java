package org.xieshang.proposal.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.CollectiveProposer;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.Conversion;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.SignerRole;
import org.xieshang.shared.Actor;
import org.xieshang.shared.StaleRecord;

/** Loads and stores the proposal aggregate: the row, its signers, and its history. */
@Repository
public class ProposalRepository {

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves the row of a new draft and returns its id; the aggregate then fills it through {@link #update}. */
    public long reserve(long committeeId, long createdBy, ProposalContent content) {
        return jdbc.sql("insert into proposal (committee_id, kind, title, status, created_by) values (?, ?, ?, ?, ?)"
                        + " returning id")
                .params(committeeId, content.kind().name(), "", ProposalStatus.DRAFT.name(), createdBy)
                .query(Long.class)
                .single();
    }

    /** The proposal, locked for the rest of the transaction, if {@code actor} may see it; else not found. */
    public Proposal lockVisible(Actor actor, long id) {
        ProposalScope.Clause scope = ProposalScope.of(actor);
        boolean visible = jdbc.sql("select exists (select 1 from proposal p where p.id = ? and " + scope.sql() + ")")
                .params(prepend(id, scope.params()))
                .query(Boolean.class)
                .single();
        if (!visible) {
            throw new Refusals.NotFound("proposal", id);
        }
        return lock(id).orElseThrow();
    }

    /** The proposal, locked, whoever asks (for steps the system takes and for primaries of merges). */
    public Optional<Proposal> lock(long id) {
        return jdbc.sql("select * from proposal where id = ? for update")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public Optional<Proposal> find(long id) {
        return jdbc.sql("select * from proposal where id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public boolean isVisible(Actor actor, long id) {
        ProposalScope.Clause scope = ProposalScope.of(actor);
        return jdbc.sql("select exists (select 1 from proposal p where p.id = ? and " + scope.sql() + ")")
                .params(prepend(id, scope.params()))
                .query(Boolean.class)
                .single();
    }

    public List<Long> mergedChildren(long primaryId) {
        return jdbc.sql("select id from proposal where merged_into = ? order by id")
                .param(primaryId)
                .query(Long.class)
                .list();
    }

    /** Stores the proposal if nobody changed it since it was loaded (its version), else {@link StaleRecord}. */
    void update(Proposal proposal) {
        ProposalRow r = proposal.row();
        int updated = jdbc.sql("""
                update proposal set status = ?, meeting_id = ?, period = ?, running_no = ?, submitted_at = ?,
                    sequence_no = ?, official_number = ?, filed_at = ?, merged_into = ?, return_reason = ?,
                    not_filed_reason = ?, not_filed_note = ?, conversion = ?, conversion_ref = ?, key_proposal = ?,
                    key_leader_id = ?, key_leader_name = ?, key_decision = ?, key_selected_at = ?, good_proposal = ?,
                    good_year = ?, round = ?, closed_at = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(
                        r.status().name(),
                        r.meetingId(),
                        name(r.period()),
                        r.runningNo(),
                        r.submittedAt(),
                        r.sequenceNo(),
                        r.officialNumber(),
                        r.filedAt(),
                        r.mergedInto(),
                        r.returnReason(),
                        r.notFiledReason(),
                        r.notFiledNote(),
                        name(r.conversion()),
                        r.conversionRef(),
                        r.keyProposal(),
                        r.keyLeaderId(),
                        r.keyLeaderName(),
                        r.keyDecision(),
                        r.keySelectedAt(),
                        r.goodProposal(),
                        r.goodYear(),
                        r.round(),
                        r.closedAt(),
                        r.id(),
                        r.version())
                .update();
        if (updated == 0) {
            throw new StaleRecord("proposal", r.id());
        }
        updateContent(proposal.id(), proposal.content());
        replaceSigners(proposal);
    }

    private void updateContent(long id, ProposalContent c) {
        jdbc.sql("""
                update proposal set kind = ?, collective_type = ?, party_organisation_id = ?, sector_id = ?,
                    special_committee_id = ?, group_name = ?, contact_name = ?, contact_phone = ?,
                    contact_address = ?, title = ?, grounds = ?, suggestions = ?, category = ?,
                    suggested_unit_ids = ?, disclosure_consent = ?, disclosure_reason = ?, urgent = ?, clue_id = ?
                where id = ?""")
                .params(
                        c.kind().name(),
                        name(c.collectiveProposer()),
                        c.partyOrganisationId(),
                        c.sectorId(),
                        c.specialCommitteeId(),
                        c.groupName(),
                        c.contactName(),
                        c.contactPhone(),
                        c.contactAddress(),
                        c.title() == null ? "" : c.title(),
                        c.grounds(),
                        c.suggestions(),
                        c.category(),
                        c.suggestedUnitIds().toArray(Long[]::new),
                        c.disclosureConsent(),
                        c.disclosureReason(),
                        c.urgent(),
                        c.clueId(),
                        id)
                .update();
    }

    private void replaceSigners(Proposal proposal) {
        jdbc.sql("delete from proposal_signer where proposal_id = ?")
                .param(proposal.id())
                .update();
        for (Signer s : proposal.signers()) {
            jdbc.sql("""
                    insert into proposal_signer (committee_id, proposal_id, member_id, position, role, confirmation,
                                                 invited_at, responded_at, deadline)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            proposal.committeeId(),
                            proposal.id(),
                            s.memberId(),
                            s.position(),
                            s.role().name(),
                            s.confirmation().name(),
                            s.invitedAt(),
                            s.respondedAt(),
                            s.deadline())
                    .update();
        }
    }

    void insertStep(Proposal proposal, Step s) {
        jdbc.sql("""
                insert into proposal_transition (committee_id, proposal_id, action, from_status, to_status,
                    actor_id, actor_name, occurred_at, reason, unit_id, member_id, related_proposal_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        proposal.committeeId(),
                        proposal.id(),
                        s.action().name(),
                        name(s.from()),
                        s.to().name(),
                        s.act().actorId(),
                        s.act().actorName(),
                        s.act().at(),
                        s.reason(),
                        s.unitId(),
                        s.memberId(),
                        s.relatedProposalId())
                .update();
    }

    private Proposal map(ResultSet rs) throws SQLException {
        ProposalRow row = new ProposalRow(
                rs.getLong("id"),
                rs.getLong("committee_id"),
                rs.getLong("created_by"),
                ProposalStatus.valueOf(rs.getString("status")),
                longOrNull(rs, "meeting_id"),
                enumOrNull(ProposalPeriod.class, rs.getString("period")),
                intOrNull(rs, "running_no"),
                time(rs, "submitted_at"),
                intOrNull(rs, "sequence_no"),
                rs.getString("official_number"),
                time(rs, "filed_at"),
                longOrNull(rs, "merged_into"),
                rs.getString("return_reason"),
                rs.getString("not_filed_reason"),
                rs.getString("not_filed_note"),
                enumOrNull(Conversion.class, rs.getString("conversion")),
                rs.getString("conversion_ref"),
                rs.getBoolean("key_proposal"),
                longOrNull(rs, "key_leader_id"),
                rs.getString("key_leader_name"),
                rs.getString("key_decision"),
                time(rs, "key_selected_at"),
                rs.getBoolean("good_proposal"),
                intOrNull(rs, "good_year"),
                rs.getInt("round"),
                time(rs, "closed_at"),
                rs.getInt("version"));
        return new Proposal(row, content(rs), signers(row.id()));
    }

    static ProposalContent content(ResultSet rs) throws SQLException {
        return new ProposalContent(
                ProposalKind.valueOf(rs.getString("kind")),
                enumOrNull(CollectiveProposer.class, rs.getString("collective_type")),
                longOrNull(rs, "party_organisation_id"),
                longOrNull(rs, "sector_id"),
                longOrNull(rs, "special_committee_id"),
                rs.getString("group_name"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("contact_address"),
                rs.getString("title"),
                rs.getString("grounds"),
                rs.getString("suggestions"),
                rs.getString("category"),
                ids(rs.getArray("suggested_unit_ids")),
                rs.getBoolean("disclosure_consent"),
                rs.getString("disclosure_reason"),
                rs.getBoolean("urgent"),
                longOrNull(rs, "clue_id"));
    }

    List<Signer> signers(long proposalId) {
        return jdbc.sql("select * from proposal_signer where proposal_id = ? order by position")
                .param(proposalId)
                .query((rs, n) -> new Signer(
                        rs.getLong("member_id"),
                        rs.getInt("position"),
                        SignerRole.valueOf(rs.getString("role")),
                        Confirmation.valueOf(rs.getString("confirmation")),
                        time(rs, "invited_at"),
                        time(rs, "responded_at"),
                        rs.getObject("deadline", java.time.LocalDate.class)))
                .list();
    }

    static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Object[] prepend(Object first, List<Object> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
