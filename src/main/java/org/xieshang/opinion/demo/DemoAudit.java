package org.xieshang.opinion.demo;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xieshang.opinion.OpinionAction;
import org.xieshang.opinion.domain.OpinionTexts;

/**
 * The audit trail of the demo reports: one entry for each step of their histories, with who and when, as the live
 * services write them — in one statement over the rows just written, because there are tens of thousands of them.
 */
final class DemoAudit {

    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    DemoAudit(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Audits every transition of the demo reports (the demo loads into an empty database, so all there are). */
    int write() {
        String[] codes = Arrays.stream(OpinionAction.values()).map(Enum::name).toArray(String[]::new);
        String[] names = Arrays.stream(OpinionAction.values())
                .map(a -> messages.getMessage(a.messageKey(), null, Locale.SIMPLIFIED_CHINESE))
                .toArray(String[]::new);
        String template = messages.getMessage("opinion.audit.demo-step", null, Locale.SIMPLIFIED_CHINESE);
        return jdbc.update("""
                insert into audit_entry (committee_id, occurred_at, actor_name, action, target_type, target_id, summary,
                    before_state, after_state)
                select t.committee_id, t.occurred_at, t.actor_name,
                    case when t.from_state is null then 'CREATE'
                         when t.from_state <> t.to_state then 'STATE_CHANGE' else 'UPDATE' end,
                    ?, t.report_id::text,
                    replace(replace(?, '{0}', coalesce(a.name, t.action)), '{1}', r.title),
                    case when t.from_state is null then null
                         else json_build_object('state', t.from_state)::text end,
                    json_build_object('state', t.to_state, 'action', t.action)::text
                from opinion_report_transition t
                join opinion_report r on r.id = t.report_id
                left join unnest(?::text[], ?::text[]) as a(code, name) on a.code = t.action
                order by t.occurred_at, t.id""", OpinionTexts.AUDIT_TYPE, template, codes, names);
    }
}
