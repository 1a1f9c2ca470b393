package org.xieshang.opinion.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.opinion.UpwardChannel;
import org.xieshang.opinion.UpwardView;
import org.xieshang.organisation.CommitteeView;

/** The sender's record of each sending upward, with its idempotency key and, once delivered, the copy's id above. */
@Repository
public class Upwards {

    private final JdbcClient jdbc;

    Upwards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean sentTo(long reportId, long targetCommitteeId) {
        return jdbc.sql("select count(*) from opinion_upward where report_id = ? and target_committee_id = ?")
                        .params(reportId, targetCommitteeId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(OpinionReport report, CommitteeView target, UpwardChannel channel, String key, Who who) {
        return jdbc.sql("""
                insert into opinion_upward (committee_id, report_id, year, target_committee_id, target_committee_name,
                    target_level, channel, idempotency_key, sent_by, sent_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        report.committeeId(),
                        report.id(),
                        report.row().year(),
                        target.id(),
                        target.name(),
                        target.level().name(),
                        channel.name(),
                        key,
                        who.id(),
                        who.name())
                .query(Long.class)
                .single();
    }

    public void delivered(long id, long remoteReportId) {
        jdbc.sql("update opinion_upward set remote_report_id = ?, delivered_at = now() where id = ?")
                .params(remoteReportId, id)
                .update();
    }

    public List<UpwardView> forReport(long reportId) {
        return jdbc.sql("select * from opinion_upward where report_id = ? order by sent_at, id")
                .param(reportId)
                .query(UpwardView.class)
                .list();
    }
}
