package org.xieshang.proposal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.PublishedReply;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Published replies as stored (not yet redacted): the letter in full, or the summary. */
@Repository
public class PublishedReplyFinder {

    private static final String WHERE = """
             from proposal_reply r join proposal p on p.id = r.proposal_id
            where r.committee_id = ? and r.published_at is not null and r.disclosure_mode in ('FULL', 'SUMMARY')
              and p.disclosure_consent""";

    private static final String SELECT = """
            select r.id as reply_id, r.proposal_id, r.committee_id, p.official_number, p.title, p.category,
                   r.unit_id, null as unit_name, coalesce(r.reviewed_class, r.reply_class) as reply_class,
                   r.disclosure_mode as mode,
                   case when r.disclosure_mode = 'FULL' then r.letter else r.disclosure_summary end as text,
                   r.replied_at, r.published_at""";

    private final JdbcClient jdbc;

    PublishedReplyFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageSlice<PublishedReply> find(long committeeId, Paging paging) {
        return find(committeeId, null, paging);
    }

    /** The committee's published replies whose title or number contains {@code query} (null: all). */
    public PageSlice<PublishedReply> find(long committeeId, String query, Paging paging) {
        String like = query == null || query.isBlank() ? null : "%" + escape(query.strip()) + "%";
        String where = WHERE + (like == null ? "" : " and (p.title ilike ? or p.official_number ilike ?)");
        Object[] filter = like == null ? new Object[] {committeeId} : new Object[] {committeeId, like, like};
        long total = jdbc.sql("select count(*) " + where)
                .params(filter)
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(List.of(filter));
        params.add(paging.size());
        params.add(paging.offset());
        List<PublishedReply> items = jdbc.sql(
                        SELECT + " " + where + " order by r.published_at desc, r.id desc limit ? offset ?")
                .params(params)
                .query(PublishedReply.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** One published reply of the committee, if it is published. */
    public Optional<PublishedReply> findOne(long committeeId, long replyId) {
        return jdbc.sql(SELECT + " " + WHERE + " and r.id = ?")
                .params(committeeId, replyId)
                .query(PublishedReply.class)
                .optional();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
