package org.xieshang.opinion.remote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xieshang.opinion.CopiedReport;
import org.xieshang.opinion.LevelRef;
import org.xieshang.opinion.Outcome;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.opinion.UpwardChannel;
import org.xieshang.opinion.UpwardDelivery;

/** What travels between installations, as JSON; the idempotency key goes in the {@code Idempotency-Key} header. */
final class Wire {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String INCOMING_PATH = "/api/v1/opinion-exchange/incoming";
    static final String RESULTS_PATH = "/api/v1/opinion-exchange/results";

    private Wire() {}

    /**
     * A report sent up: where it comes from over there, the committee it goes to here, the text, and where (and with
     * which token) its results are to be sent back.
     */
    record Incoming(
            @NotNull(message = "{opinion-remote.field.required}")
            Long originCommitteeId,

            @NotBlank(message = "{opinion-remote.field.required}")
            @Size(max = 200, message = "{opinion-remote.field.size}")
            String originCommitteeName,

            @NotNull(message = "{opinion-remote.field.required}")
            Long originReportId,

            @NotNull(message = "{opinion-remote.field.required}")
            Long targetCommitteeId,

            @NotNull(message = "{opinion-remote.field.required}")
            UpwardChannel channel,

            @NotNull(message = "{opinion-remote.field.required}") @Valid
            ReportText report,

            @NotBlank(message = "{opinion-remote.field.required}")
            @Size(max = 500, message = "{opinion-remote.field.size}")
            String callbackUrl,

            @NotBlank(message = "{opinion-remote.field.required}")
            @Size(max = 200, message = "{opinion-remote.field.size}")
            String callbackToken) {

        static Incoming of(UpwardDelivery delivery, long targetCommitteeId, String callbackUrl, String callbackToken) {
            CopiedReport r = delivery.report();
            return new Incoming(
                    delivery.originCommitteeId(),
                    delivery.originCommitteeName(),
                    delivery.originReportId(),
                    targetCommitteeId,
                    delivery.channel(),
                    new ReportText(
                            r.year(),
                            r.title(),
                            r.facts(),
                            r.analysis(),
                            r.suggestions(),
                            r.category(),
                            r.submitterType(),
                            r.unitName(),
                            r.authorNames()),
                    callbackUrl,
                    callbackToken);
        }
    }

    record ReportText(
            @NotNull(message = "{opinion-remote.field.required}")
            Integer year,

            @NotBlank(message = "{opinion-remote.field.required}")
            @Size(max = 200, message = "{opinion-remote.field.size}")
            String title,

            @NotNull(message = "{opinion-remote.field.required}")
            @Size(max = 20000, message = "{opinion-remote.field.size}")
            String facts,

            @NotNull(message = "{opinion-remote.field.required}")
            @Size(max = 20000, message = "{opinion-remote.field.size}")
            String analysis,

            @NotNull(message = "{opinion-remote.field.required}")
            @Size(max = 20000, message = "{opinion-remote.field.size}")
            String suggestions,

            @NotBlank(message = "{opinion-remote.field.required}")
            @Size(max = 60, message = "{opinion-remote.field.size}")
            String category,

            @NotNull(message = "{opinion-remote.field.required}")
            SubmitterType submitterType,

            @Size(max = 200, message = "{opinion-remote.field.size}")
            String unitName,

            @Size(max = 1000, message = "{opinion-remote.field.size}")
            String authorNames) {

        CopiedReport copied() {
            return new CopiedReport(
                    year,
                    title,
                    facts,
                    analysis,
                    suggestions,
                    category,
                    submitterType,
                    unitName,
                    authorNames == null ? "" : authorNames);
        }
    }

    /** What happened to report {@code reportId} (the receiver's own id) at {@code level}. */
    record Result(
            @NotNull(message = "{opinion-remote.field.required}")
            Long reportId,

            @NotNull(message = "{opinion-remote.field.required}")
            LevelRef level,

            @NotNull(message = "{opinion-remote.field.required}")
            Outcome outcome) {}

    /** The answer to a result: whether it was new (false for a repeat). */
    record Recorded(boolean recorded) {}
}
