package org.xieshang.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.xieshang.organisation.domain.Meeting;
import org.xieshang.organisation.domain.MeetingDetails;

/** The meeting form. */
record MeetingForm(
        @NotNull(message = "{organisation.validation.meetingNumber}")
        @Min(value = 1, message = "{organisation.validation.meetingNumber}")
        @Max(value = 20, message = "{organisation.validation.meetingNumber}")
        Integer number,

        @NotNull(message = "{organisation.validation.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate openedOn,

        @NotNull(message = "{organisation.validation.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate closedOn,

        Integer version) {

    static MeetingForm of(Meeting meeting) {
        return new MeetingForm(meeting.number(), meeting.openedOn(), meeting.closedOn(), meeting.version());
    }

    static MeetingForm blank() {
        return new MeetingForm(null, null, null, null);
    }

    MeetingDetails details() {
        return new MeetingDetails(number, openedOn, closedOn);
    }
}
