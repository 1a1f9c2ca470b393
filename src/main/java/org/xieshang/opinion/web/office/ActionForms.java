package org.xieshang.opinion.web.office;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.UpwardChannel;

/** The forms of the report page's actions, with their field checks; the rules of the workflow are the core's. */
final class ActionForms {

    private ActionForms() {}

    /** 核稿: the standard title, the edited body and suggestions. */
    record EditForm(
            @NotBlank(message = "{opinion.edit.title.required}") @Size(max = 100, message = "{opinion.title.size}")
            String title,

            @NotBlank(message = "{opinion.edit.body.required}") @Size(max = 5000, message = "{opinion.text.size}")
            String body,

            @NotBlank(message = "{opinion.edit.suggestions.required}")
            @Size(max = 5000, message = "{opinion.text.size}")
            String suggestions,

            @NotNull(message = "{opinion.version.required}") Integer version) {}

    /** Keeping on file 留存: a reason is required. */
    record ReasonForm(
            @NotBlank(message = "{opinion.reason.required}") @Size(max = 500, message = "{opinion.reason.size}")
            String reason,

            @NotNull(message = "{opinion.version.required}") Integer version) {}

    /** Revoking an adoption: the reason goes on record beside the counter-entries of its points. */
    record RevokeForm(
            @NotBlank(message = "{opinion.pages.revoke.reason.required}")
            @Size(max = 500, message = "{opinion.reason.size}")
            String reason,

            @NotNull(message = "{opinion.version.required}") Integer version) {}

    record UpwardForm(
            @NotNull(message = "{opinion.channel.required}") UpwardChannel channel) {}

    record AdoptionForm(
            @NotNull(message = "{opinion.adoption.kind.required}")
            AdoptionKind kind,

            @Size(max = 500, message = "{opinion.reason.size}")
            String departments,

            @Size(max = 500, message = "{opinion.reason.size}")
            String note,

            @NotNull(message = "{opinion.adoption.on.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate adoptedOn,

            @NotNull(message = "{opinion.version.required}") Integer version) {}

    record InstructionForm(
            @NotNull(message = "{opinion.instruction.rank.required}")
            InstructionRank rank,

            @NotBlank(message = "{opinion.instruction.title.required}")
            @Size(max = 60, message = "{opinion.reason.size}")
            String leaderTitle,

            @NotBlank(message = "{opinion.instruction.text.required}")
            @Size(max = 2000, message = "{opinion.text.size}")
            String text,

            @NotNull(message = "{opinion.instruction.on.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate instructedOn) {}

    record DepartmentForm(
            @NotBlank(message = "{opinion.department.required}") @Size(max = 100, message = "{opinion.reason.size}")
            String department,

            @NotNull(message = "{opinion.adoption.on.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate adoptedOn) {}
}
