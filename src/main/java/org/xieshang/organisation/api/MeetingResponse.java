package org.xieshang.organisation.api;

import java.time.LocalDate;
import org.xieshang.organisation.domain.Meeting;

record MeetingResponse(long id, long termId, int number, LocalDate openedOn, LocalDate closedOn, int version) {

    static MeetingResponse of(Meeting m) {
        return new MeetingResponse(m.id(), m.termId(), m.number(), m.openedOn(), m.closedOn(), m.version());
    }
}
