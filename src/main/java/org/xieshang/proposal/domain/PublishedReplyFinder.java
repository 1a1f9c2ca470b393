package org.xieshang.proposal.domain;

import java.util.List;
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

    private final JdbcClient jdbc;

    PublishedReplyFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageSlice<PublishedReply> find(long committeeId, Paging paging) {
        long total = jdbc.sql("select count(*) " + WHERE)
                .param(committeeId)
                .query(Long.class)
                .single();
        List<PublishedReply> items = jdbc.sql(
                        """
                        select r.id as reply_id, r.proposal_id, r.committee_id, p.official_number, p.title, p.category,
                               r.unit_id, null as unit_name, coalesce(r.reviewed_class, r.reply_class) as reply_class,
                               r.disclosure_mode as mode,
                               case when r.disclosure_mode = 'FULL' then r.letter else r.disclosure_summary end as text,
                               r.replied_at, r.published_at """ + " " + WHERE + " order by r.published_at desc, r.id desc limit ? offset ?")
                .params(committeeId, paging.size(), paging.offset())
                .query(PublishedReply.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }
}
