package org.xieshang.opinion.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.opinion.CopiedReport;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.OpinionAction;
import org.xieshang.opinion.OpinionProblems.IllegalTransition;
import org.xieshang.opinion.OpinionProblems.NotADraft;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.OriginType;
import org.xieshang.opinion.ReportOrigin;
import org.xieshang.opinion.UpwardDelivery;

/**
 * A public-opinion report in one committee: written here, or a copy received from a lower committee. Every change of
 * state goes through {@link #move}, which checks the transition table and keeps the step for the history.
 */
public final class OpinionReport {

    private ReportRow row;
    private List<ReportPersonRow> persons;
    private final List<Transition> pending = new ArrayList<>();

    public OpinionReport(ReportRow row, List<ReportPersonRow> persons) {
        this.row = row;
        this.persons = List.copyOf(persons);
    }

    /** A new draft (or, with an origin, a report converted from a proposal or a consultation). */
    public static OpinionReport draft(
            long committeeId, int year, CheckedContent content, Who who, ReportOrigin origin) {
        ReportRow row = new ReportRow(
                null,
                committeeId,
                year,
                null,
                OpinionState.DRAFT,
                content.title(),
                content.facts(),
                content.analysis(),
                content.suggestions(),
                content.category(),
                content.submitterType(),
                content.partyOrganisationId(),
                content.specialCommitteeId(),
                content.unitName(),
                content.authorNames(),
                who.id(),
                who.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                origin == null ? null : origin.type(),
                origin == null ? null : origin.id(),
                null,
                null,
                null,
                null,
                0);
        return new OpinionReport(row, content.persons());
    }

    /** The upper committee's copy of a report delivered from below; it enters this committee's queue as RECEIVED. */
    public static OpinionReport copyOf(UpwardDelivery delivery, OffsetDateTime now) {
        CopiedReport c = delivery.report();
        ReportRow row = new ReportRow(
                null,
                delivery.targetCommitteeId(),
                c.year(),
                null,
                OpinionState.RECEIVED,
                c.title(),
                c.facts(),
                c.analysis(),
                c.suggestions(),
                c.category(),
                c.submitterType(),
                null,
                null,
                c.unitName(),
                c.authorNames(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                OriginType.LOWER_COMMITTEE,
                delivery.originReportId(),
                delivery.originCommitteeId(),
                delivery.originCommitteeName(),
                delivery.idempotencyKey(),
                now,
                0);
        return new OpinionReport(row, List.of());
    }

    public void replaceContent(CheckedContent content) {
        if (row.state() != OpinionState.DRAFT) {
            throw new NotADraft();
        }
        row = Rows.withContent(row, content);
        persons = content.persons();
    }

    public void submit(String serialNumber, int year, Who who, OffsetDateTime now) {
        move(OpinionAction.SUBMIT, who, null, now);
        row = Rows.submitted(row, serialNumber, year, now);
    }

    public void edit(EditedText text, Who who, OffsetDateTime now) {
        move(OpinionAction.EDIT, who, null, now);
        row = Rows.edited(row, text, who, now);
    }

    public void signOff(Who who, OffsetDateTime now) {
        move(OpinionAction.SIGN_OFF, who, null, now);
        row = Rows.signedOff(row, who, now);
    }

    public void accept(Who who, OffsetDateTime now) {
        move(OpinionAction.ACCEPT, who, null, now);
        row = Rows.decided(row, who, now, null);
    }

    public void keepOnFile(String reason, Who who, OffsetDateTime now) {
        move(OpinionAction.FILE, who, reason, now);
        row = Rows.decided(row, who, now, reason);
    }

    public void adopt(Who who, OffsetDateTime now) {
        move(OpinionAction.ADOPT, who, null, now);
    }

    public void revokeAdoption(String reason, Who who, OffsetDateTime now) {
        move(OpinionAction.REVOKE_ADOPTION, who, reason, now);
    }

    /** Checks the transition table, changes the state and keeps the step; refuses anything the table lacks. */
    private void move(OpinionAction action, Who who, String reason, OffsetDateTime now) {
        OpinionState from = row.state();
        OpinionState to = action.from(from).orElseThrow(() -> new IllegalTransition(action, from));
        row = Rows.withState(row, to);
        pending.add(new Transition(action, from, to, who, reason, now));
    }

    /** Accepted here: an own report accepted 录用, or a copy adopted at this level. */
    public boolean acceptedHere() {
        return row.state() == OpinionState.ACCEPTED || row.state() == OpinionState.ADOPTED;
    }

    public boolean isCopy() {
        return row.originType() == OriginType.LOWER_COMMITTEE;
    }

    /** The title as published: the edited one once there is one. */
    public String publishedTitle() {
        return row.editedTitle() != null ? row.editedTitle() : row.title();
    }

    /** The body as published: the edited one, or facts and analysis as written. */
    public String publishedBody() {
        return row.editedBody() != null ? row.editedBody() : row.facts() + "\n\n" + row.analysis();
    }

    public String publishedSuggestions() {
        return row.editedSuggestions() != null ? row.editedSuggestions() : row.suggestions();
    }

    public List<Long> memberIds() {
        return persons.stream()
                .filter(p -> p.personType() == org.xieshang.opinion.PersonType.MEMBER)
                .map(ReportPersonRow::personId)
                .toList();
    }

    public List<Long> userIds() {
        return persons.stream()
                .filter(p -> p.personType() == org.xieshang.opinion.PersonType.USER)
                .map(ReportPersonRow::personId)
                .toList();
    }

    public List<Transition> drainTransitions() {
        List<Transition> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }

    /** Gives a report made outside the repository (the demo data) the id reserved for it. */
    public void assignId(long id) {
        row = Rows.withId(row, id);
    }

    public ReportRow row() {
        return row;
    }

    public List<ReportPersonRow> persons() {
        return persons;
    }

    public long id() {
        return row.id();
    }

    public long committeeId() {
        return row.committeeId();
    }

    public OpinionState state() {
        return row.state();
    }
}
