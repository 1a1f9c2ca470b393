package org.xieshang.opinion.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.opinion.IssueState;
import org.xieshang.opinion.IssueSummary;
import org.xieshang.opinion.IssueView;
import org.xieshang.opinion.OpinionProblems.AlreadyInAnIssue;
import org.xieshang.opinion.PieceKind;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.StaleRecord;

/** Issues of the periodical, their pieces and the reports merged into each piece. */
@Repository
public class Issues {

    public static final String RECORD_TYPE = "opinion-issue";

    private final JdbcClient jdbc;

    Issues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An issue row; recipients as the codes of the recipient list. */
    public record IssueRow(
            long id,
            long committeeId,
            int year,
            Integer number,
            IssueState state,
            String recipients,
            String publishedByName,
            OffsetDateTime publishedAt,
            int version) {

        public List<String> recipientCodes() {
            return recipients == null || recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split(","));
        }
    }

    /** A piece to write: its text and the reports it carries. */
    public record NewPiece(PieceKind kind, String title, String body, List<Long> reportIds) {}

    public record PieceRow(long id, int position, PieceKind kind, String title, String body) {}

    public Optional<IssueRow> byId(long id) {
        return jdbc.sql("select id, committee_id, year, number, state, array_to_string(recipients, ',') as recipients,"
                        + " published_by_name, published_at, version from opinion_issue where id = ?")
                .param(id)
                .query(IssueRow.class)
                .optional();
    }

    public long insert(long committeeId, int year, List<String> recipients, Who who) {
        return jdbc.sql("insert into opinion_issue (committee_id, year, state, recipients, created_by)"
                        + " values (?, ?, 'DRAFT', string_to_array(?, ','), ?) returning id")
                .params(committeeId, year, String.join(",", recipients), who.id())
                .query(Long.class)
                .single();
    }

    public void update(IssueRow issue, int year, List<String> recipients) {
        int rows = jdbc.sql("update opinion_issue set year = ?, recipients = string_to_array(?, ','),"
                        + " version = version + 1 where id = ? and version = ? and state = 'DRAFT'")
                .params(year, String.join(",", recipients), issue.id(), issue.version())
                .update();
        if (rows == 0) {
            throw new StaleRecord(RECORD_TYPE, issue.id());
        }
    }

    /** Replaces the pieces of a draft issue; a report already in another issue's piece is refused. */
    public void replacePieces(IssueRow issue, List<NewPiece> pieces) {
        jdbc.sql("delete from opinion_issue_piece where issue_id = ?")
                .param(issue.id())
                .update();
        List<Long> all = pieces.stream().flatMap(p -> p.reportIds().stream()).toList();
        jdbc.sql("select report_id from opinion_issue_piece_report where report_id = any(?) limit 1")
                .param(all.toArray(Long[]::new))
                .query(Long.class)
                .optional()
                .ifPresent(taken -> {
                    throw new AlreadyInAnIssue(taken);
                });
        int position = 0;
        for (NewPiece piece : pieces) {
            long pieceId = jdbc.sql("insert into opinion_issue_piece (committee_id, issue_id, position, kind, title,"
                            + " body) values (?, ?, ?, ?, ?, ?) returning id")
                    .params(
                            issue.committeeId(),
                            issue.id(),
                            ++position,
                            piece.kind().name(),
                            piece.title(),
                            piece.body())
                    .query(Long.class)
                    .single();
            for (Long reportId : piece.reportIds()) {
                jdbc.sql("insert into opinion_issue_piece_report (piece_id, report_id, committee_id) values (?, ?, ?)")
                        .params(pieceId, reportId, issue.committeeId())
                        .update();
            }
        }
    }

    /**
     * Publishes a draft under the next number of its committee and year. The counter is taken first and both change
     * in this transaction: a second publisher of the same issue fails on the version and gives its number back.
     */
    public int publish(IssueRow issue, Who who) {
        int number = Counters.next(jdbc, issue.committeeId(), issue.year(), "ISSUE");
        int rows = jdbc.sql("update opinion_issue set state = 'PUBLISHED', number = ?, published_by = ?,"
                        + " published_by_name = ?, published_at = now(), version = version + 1"
                        + " where id = ? and version = ? and state = 'DRAFT'")
                .params(number, who.id(), who.name(), issue.id(), issue.version())
                .update();
        if (rows == 0) {
            throw new StaleRecord(RECORD_TYPE, issue.id());
        }
        return number;
    }

    public void delete(IssueRow issue) {
        int rows = jdbc.sql("delete from opinion_issue where id = ? and version = ? and state = 'DRAFT'")
                .params(issue.id(), issue.version())
                .update();
        if (rows == 0) {
            throw new StaleRecord(RECORD_TYPE, issue.id());
        }
    }

    public List<PieceRow> pieces(long issueId) {
        return jdbc.sql("select id, position, kind, title, body from opinion_issue_piece where issue_id = ?"
                        + " order by position")
                .param(issueId)
                .query(PieceRow.class)
                .list();
    }

    public List<IssueView.Original> originals(long pieceId) {
        return jdbc.sql("""
                select r.id as report_id, coalesce(r.edited_title, r.title) as title, r.unit_name, r.author_names
                from opinion_issue_piece_report pr join opinion_report r on r.id = pr.report_id
                where pr.piece_id = ? order by r.id""").param(pieceId).query(IssueView.Original.class).list();
    }

    public List<Long> reportIds(long issueId) {
        return jdbc.sql("""
                select pr.report_id from opinion_issue_piece_report pr join opinion_issue_piece p on p.id = pr.piece_id
                where p.issue_id = ? order by p.position, pr.report_id""").param(issueId).query(Long.class).list();
    }

    public PageSlice<IssueSummary> list(
            Collection<Long> committees, Long committeeId, Integer year, IssueState state, Paging paging) {
        StringBuilder where = new StringBuilder("i.committee_id = any(?)");
        List<Object> params = new ArrayList<>();
        params.add(committees.toArray(Long[]::new));
        if (committeeId != null) {
            where.append(" and i.committee_id = ?");
            params.add(committeeId);
        }
        if (year != null) {
            where.append(" and i.year = ?");
            params.add(year);
        }
        if (state != null) {
            where.append(" and i.state = ?");
            params.add(state.name());
        }
        long total = jdbc.sql("select count(*) from opinion_issue i where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.add(paging.size());
        params.add(paging.offset());
        List<IssueSummary> items = jdbc.sql("""
                select i.id, i.committee_id, i.year, i.number, i.state,
                  (select count(*) from opinion_issue_piece p where p.issue_id = i.id) as piece_count,
                  (select count(*) from opinion_issue_piece_report pr join opinion_issue_piece p on p.id = pr.piece_id
                    where p.issue_id = i.id) as report_count,
                  i.published_at, i.version
                from opinion_issue i""" + " where " + where
                        + " order by i.year desc, i.number desc nulls first, i.id desc limit ? offset ?")
                .params(params)
                .query(IssueSummary.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }
}
