package org.xieshang.proposal.web.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xieshang.proposal.EvaluationForm;
import org.xieshang.proposal.Satisfaction;

/**
 * The evaluation form as posted: which reply, the rating, the structured questions; {@code memberId} only when staff
 * enter a member's paper form.
 */
public record EvaluationFormData(
        @NotNull(message = "{proposal.handling.validation.reply}")
        Long replyId,

        Long memberId,

        @NotNull(message = "{proposal.handling.validation.satisfaction}")
        Satisfaction satisfaction,

        @NotNull(message = "{proposal.handling.validation.contacted}")
        Boolean contacted,

        EvaluationForm.ContactMethod contactMethod,

        @NotNull(message = "{proposal.handling.validation.attitude}")
        EvaluationForm.Attitude attitude,

        @NotNull(message = "{proposal.handling.validation.pertinence}")
        EvaluationForm.Pertinence pertinence,

        @NotNull(message = "{proposal.handling.validation.agreement}")
        EvaluationForm.Agreement agreement,

        @Size(max = 2000, message = "{proposal.handling.validation.comment}")
        String comment) {

    static EvaluationFormData blank(Long replyId) {
        return new EvaluationFormData(replyId, null, null, null, null, null, null, null, null);
    }

    /** Contacted before handling: say how. */
    boolean contactMethodMissing() {
        return Boolean.TRUE.equals(contacted)
                && (contactMethod == null || contactMethod == EvaluationForm.ContactMethod.NONE);
    }

    EvaluationForm form() {
        EvaluationForm.ContactMethod method =
                Boolean.TRUE.equals(contacted) ? contactMethod : EvaluationForm.ContactMethod.NONE;
        return new EvaluationForm(satisfaction, contacted, method, attitude, pertinence, agreement, comment);
    }
}
