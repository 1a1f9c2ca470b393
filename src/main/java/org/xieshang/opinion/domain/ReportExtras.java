package org.xieshang.opinion.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.opinion.AttachmentView;
import org.xieshang.opinion.TransitionView;

/** What a report's detail shows beside the report itself: its history and its attachments. */
@Repository
public class ReportExtras {

    private final JdbcClient jdbc;

    ReportExtras(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TransitionView> history(long reportId) {
        return jdbc.sql("select action, from_state, to_state, actor_name, reason, occurred_at"
                        + " from opinion_report_transition where report_id = ? order by id")
                .param(reportId)
                .query(TransitionView.class)
                .list();
    }

    public List<AttachmentView> attachments(long reportId) {
        return jdbc.sql("select id, report_id, file_name, content_type, size_bytes, uploaded_at"
                        + " from opinion_attachment where report_id = ? order by id")
                .param(reportId)
                .query(AttachmentView.class)
                .list();
    }
}
