package org.xieshang.opinion.domain;

import java.time.OffsetDateTime;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.OriginType;
import org.xieshang.opinion.SubmitterType;

/** Copies of a {@link ReportRow} with some columns changed; the row stays an immutable record. */
final class Rows {

    private Rows() {}

    static ReportRow withState(ReportRow row, OpinionState state) {
        Builder b = Builder.from(row);
        b.state = state;
        return b.build();
    }

    static ReportRow withId(ReportRow row, long id) {
        Builder b = Builder.from(row);
        b.id = id;
        return b.build();
    }

    static ReportRow withContent(ReportRow row, CheckedContent c) {
        Builder b = Builder.from(row);
        b.title = c.title();
        b.facts = c.facts();
        b.analysis = c.analysis();
        b.suggestions = c.suggestions();
        b.category = c.category();
        b.submitterType = c.submitterType();
        b.partyOrganisationId = c.partyOrganisationId();
        b.specialCommitteeId = c.specialCommitteeId();
        b.unitName = c.unitName();
        b.authorNames = c.authorNames();
        return b.build();
    }

    static ReportRow submitted(ReportRow row, String serialNumber, int year, OffsetDateTime now) {
        Builder b = Builder.from(row);
        b.serialNumber = serialNumber;
        b.year = year;
        b.submittedAt = now;
        return b.build();
    }

    static ReportRow edited(ReportRow row, EditedText text, Who who, OffsetDateTime now) {
        Builder b = Builder.from(row);
        b.editedTitle = text.title();
        b.editedBody = text.body();
        b.editedSuggestions = text.suggestions();
        b.editedBy = who.id();
        b.editedByName = who.name();
        b.editedAt = now;
        return b.build();
    }

    static ReportRow signedOff(ReportRow row, Who who, OffsetDateTime now) {
        Builder b = Builder.from(row);
        b.signedOffBy = who.id();
        b.signedOffByName = who.name();
        b.signedOffAt = now;
        return b.build();
    }

    static ReportRow decided(ReportRow row, Who who, OffsetDateTime now, String filedReason) {
        Builder b = Builder.from(row);
        b.decidedBy = who.id();
        b.decidedByName = who.name();
        b.decidedAt = now;
        b.filedReason = filedReason;
        return b.build();
    }

    /** Mutable mirror of the record's components, used only inside this class. */
    private static final class Builder {
        Long id;
        long committeeId;
        int year;
        String serialNumber;
        OpinionState state;
        String title;
        String facts;
        String analysis;
        String suggestions;
        String category;
        SubmitterType submitterType;
        Long partyOrganisationId;
        Long specialCommitteeId;
        String unitName;
        String authorNames;
        Long createdBy;
        String createdByName;
        String editedTitle;
        String editedBody;
        String editedSuggestions;
        Long editedBy;
        String editedByName;
        OffsetDateTime editedAt;
        Long signedOffBy;
        String signedOffByName;
        OffsetDateTime signedOffAt;
        Long decidedBy;
        String decidedByName;
        OffsetDateTime decidedAt;
        String filedReason;
        OriginType originType;
        Long originId;
        Long originCommitteeId;
        String originCommitteeName;
        String idempotencyKey;
        OffsetDateTime submittedAt;
        int version;

        static Builder from(ReportRow row) {
            Builder b = new Builder();
            b.id = row.id();
            b.committeeId = row.committeeId();
            b.year = row.year();
            b.serialNumber = row.serialNumber();
            b.state = row.state();
            b.title = row.title();
            b.facts = row.facts();
            b.analysis = row.analysis();
            b.suggestions = row.suggestions();
            b.category = row.category();
            b.submitterType = row.submitterType();
            b.partyOrganisationId = row.partyOrganisationId();
            b.specialCommitteeId = row.specialCommitteeId();
            b.unitName = row.unitName();
            b.authorNames = row.authorNames();
            b.createdBy = row.createdBy();
            b.createdByName = row.createdByName();
            b.editedTitle = row.editedTitle();
            b.editedBody = row.editedBody();
            b.editedSuggestions = row.editedSuggestions();
            b.editedBy = row.editedBy();
            b.editedByName = row.editedByName();
            b.editedAt = row.editedAt();
            b.signedOffBy = row.signedOffBy();
            b.signedOffByName = row.signedOffByName();
            b.signedOffAt = row.signedOffAt();
            b.decidedBy = row.decidedBy();
            b.decidedByName = row.decidedByName();
            b.decidedAt = row.decidedAt();
            b.filedReason = row.filedReason();
            b.originType = row.originType();
            b.originId = row.originId();
            b.originCommitteeId = row.originCommitteeId();
            b.originCommitteeName = row.originCommitteeName();
            b.idempotencyKey = row.idempotencyKey();
            b.submittedAt = row.submittedAt();
            b.version = row.version();
            return b;
        }

        ReportRow build() {
            return new ReportRow(
                    id,
                    committeeId,
                    year,
                    serialNumber,
                    state,
                    title,
                    facts,
                    analysis,
                    suggestions,
                    category,
                    submitterType,
                    partyOrganisationId,
                    specialCommitteeId,
                    unitName,
                    authorNames,
                    createdBy,
                    createdByName,
                    editedTitle,
                    editedBody,
                    editedSuggestions,
                    editedBy,
                    editedByName,
                    editedAt,
                    signedOffBy,
                    signedOffByName,
                    signedOffAt,
                    decidedBy,
                    decidedByName,
                    decidedAt,
                    filedReason,
                    originType,
                    originId,
                    originCommitteeId,
                    originCommitteeName,
                    idempotencyKey,
                    submittedAt,
                    version);
        }
    }
}
