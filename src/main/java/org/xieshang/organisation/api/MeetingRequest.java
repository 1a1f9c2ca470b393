package org.xieshang.organisation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.xieshang.organisation.domain.MeetingDetails;

/** A meeting to create, or the new state of one (with {@code version}). Dates as yyyy-MM-dd. */
record MeetingRequest(
        @NotNull(message = "{organisation.validation.meetingNumber}")
        @Min(value = 1, message = "{organisation.validation.meetingNumber}")
        @Max(value = 20, message = "{organisation.validation.meetingNumber}")
        Integer number,

        @NotNull(message = "{organisation.validation.date}") LocalDate openedOn,
        @NotNull(message = "{organisation.validation.date}") LocalDate closedOn,

        @NotNull(groups = OnUpdate.class, message = "{organisation.validation.version}")
        Integer version) {

    MeetingDetails details() {
        return new MeetingDetails(number, openedOn, closedOn);
    }
}
