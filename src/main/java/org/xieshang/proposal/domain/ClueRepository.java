package org.xieshang.proposal.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.ClueStatus;
import org.xieshang.proposal.ClueView;
import org.xieshang.proposal.TopicView;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.StaleRecord;

/** Stores proposal clues and the topic catalogue. */
@Repository
public class ClueRepository {

    private static final String TOPICS = """
            select t.*, (select count(*) from proposal_clue c where c.topic_id = t.id) as clues
            from proposal_topic t""";

    private final JdbcClient jdbc;

    ClueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertClue(
            long committeeId, String name, String contact, String title, String text, OffsetDateTime at) {
        return jdbc.sql("""
                insert into proposal_clue (committee_id, name, contact, title, text, status, submitted_at)
                values (?, ?, ?, ?, ?, 'SUBMITTED', ?) returning id""")
                .params(committeeId, name, contact, title, text, at)
                .query(Long.class)
                .single();
    }

    public Optional<ClueView> clue(long id) {
        return jdbc.sql("select * from proposal_clue where id = ?")
                .param(id)
                .query(ClueView.class)
                .optional();
    }

    public void screen(ClueView clue, ClueStatus status, Long topicId, String reason, Act act) {
        int updated = jdbc.sql("""
                update proposal_clue set status = ?, topic_id = ?, screening_reason = ?, screened_by = ?,
                    screened_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(status.name(), topicId, reason, act.actorId(), act.at(), clue.id(), clue.version())
                .update();
        if (updated == 0) {
            throw new StaleRecord("clue", clue.id());
        }
    }

    public PageSlice<ClueView> clues(List<Long> committeeIds, ClueStatus status, Paging paging) {
        List<Object> params = new ArrayList<>();
        params.add(committeeIds.toArray(Long[]::new));
        String where = "committee_id = any(?)";
        if (status != null) {
            where += " and status = ?";
            params.add(status.name());
        }
        long total = jdbc.sql("select count(*) from proposal_clue where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.add(paging.size());
        params.add(paging.offset());
        List<ClueView> items = jdbc.sql("select * from proposal_clue where " + where
                        + " order by submitted_at desc, id desc limit ? offset ?")
                .params(params)
                .query(ClueView.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    public long insertTopic(long committeeId, int year, String title, String category, String description, Act act) {
        return jdbc.sql("""
                insert into proposal_topic (committee_id, year, title, category, description, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, year, title, category, description, act.actorId(), act.at())
                .query(Long.class)
                .single();
    }

    public Optional<TopicView> topic(long id) {
        return jdbc.sql(TOPICS + " where t.id = ?")
                .param(id)
                .query(TopicView.class)
                .optional();
    }

    public List<TopicView> topics(List<Long> committeeIds, Integer year) {
        if (year == null) {
            return jdbc.sql(TOPICS + " where t.committee_id = any(?) order by t.year desc, t.id")
                    .param(committeeIds.toArray(Long[]::new))
                    .query(TopicView.class)
                    .list();
        }
        return jdbc.sql(TOPICS + " where t.committee_id = any(?) and t.year = ? order by t.id")
                .params(committeeIds.toArray(Long[]::new), year)
                .query(TopicView.class)
                .list();
    }

    public boolean clueExists(long committeeId, long clueId) {
        return jdbc.sql("select exists (select 1 from proposal_clue where id = ? and committee_id = ?)")
                .params(clueId, committeeId)
                .query(Boolean.class)
                .single();
    }
}
