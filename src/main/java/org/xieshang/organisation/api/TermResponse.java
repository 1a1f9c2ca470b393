package org.xieshang.organisation.api;

import java.util.List;
import org.xieshang.organisation.domain.Term;
import org.xieshang.organisation.domain.TermWithMeetings;

record TermResponse(
        long id,
        long committeeId,
        int number,
        int startYear,
        int endYear,
        int version,
        List<MeetingResponse> meetings) {

    static TermResponse of(TermWithMeetings t) {
        return of(t.term(), t.meetings().stream().map(MeetingResponse::of).toList());
    }

    static TermResponse of(Term t, List<MeetingResponse> meetings) {
        return new TermResponse(t.id(), t.committeeId(), t.number(), t.startYear(), t.endYear(), t.version(), meetings);
    }
}
