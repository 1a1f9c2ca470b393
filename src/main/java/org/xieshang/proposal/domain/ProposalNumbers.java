package org.xieshang.proposal.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.organisation.MeetingView;

/**
 * Running numbers (per committee, at submission) and official numbers (per meeting, at filing). Each is one counter
 * row incremented with {@code update ... returning} in the caller's transaction: concurrent filings wait for the row,
 * and a rolled-back filing gives its number back, so the sequence has no gaps and no duplicates.
 */
@Component
public class ProposalNumbers {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ProposalNumbers(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public int nextRunning(long committeeId) {
        return next(committeeId, "running");
    }

    public int nextInMeeting(long committeeId, long meetingId) {
        return next(committeeId, "meeting:" + meetingId);
    }

    /** 九届一次会议第126号: the format is {@code proposal.number.format} in the bundle. */
    public String official(MeetingView meeting, int sequenceNo) {
        ChineseNumerals numerals =
                new ChineseNumerals(messages.getMessage("proposal.numerals", null, Locale.SIMPLIFIED_CHINESE));
        return messages.getMessage(
                "proposal.number.format",
                new Object[] {
                    numerals.of(meeting.termNumber()), numerals.of(meeting.number()), String.valueOf(sequenceNo)
                },
                Locale.SIMPLIFIED_CHINESE);
    }

    private int next(long committeeId, String key) {
        jdbc.sql("insert into proposal_counter (committee_id, counter_key) values (?, ?) on conflict do nothing")
                .params(committeeId, key)
                .update();
        return jdbc.sql("update proposal_counter set last_value = last_value + 1"
                        + " where committee_id = ? and counter_key = ? returning last_value")
                .params(committeeId, key)
                .query(Integer.class)
                .single();
    }
}
