package org.xieshang.opinion.web.submit;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.xieshang.member.MemberDirectory;
import org.xieshang.opinion.OpinionCatalogue;
import org.xieshang.opinion.OpinionSettings;
import org.xieshang.opinion.ReportDetail;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;

/** What the report form shows besides the form: the lists to choose from and the limits. */
@Component
class ReportFormModel {

    /** Members offered as joint submitters; a committee has about 450. */
    private static final int MEMBER_CHOICES = 1000;

    private final OpinionCatalogue catalogue;
    private final OrganisationDirectory organisation;
    private final MemberDirectory members;
    private final OpinionSettings settings;
    private final OpinionTexts texts;

    ReportFormModel(
            OpinionCatalogue catalogue,
            OrganisationDirectory organisation,
            MemberDirectory members,
            OpinionSettings settings,
            OpinionTexts texts) {
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.members = members;
        this.settings = settings;
        this.texts = texts;
    }

    String show(Model model, ReportForm form, ReportDetail report) {
        Actor actor = Actor.required();
        long committeeId = report == null ? actor.committeeId() : report.committeeId();
        long me = actor.memberId().orElse(-1L);
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("categories", catalogue.categories(committeeId));
        model.addAttribute("submitterTypes", SubmitterType.values());
        model.addAttribute("parties", organisation.partyOrganisations(committeeId));
        model.addAttribute("specialCommittees", organisation.specialCommittees(committeeId));
        model.addAttribute(
                "members",
                members.list(committeeId, MEMBER_CHOICES).stream()
                        .filter(m -> m.id() != me)
                        .toList());
        model.addAttribute("lengthLimit", settings.lengthWarning());
        model.addAttribute("length", form.content(actor).length());
        model.addAttribute("attachmentTypes", String.join(", ", settings.attachmentTypes()));
        model.addAttribute("attachmentMb", settings.maxAttachmentBytes() / 1024 / 1024);
        return "opinion/report-form";
    }

    /** The warning shown after saving a report longer than the limit (it is saved all the same), or null. */
    String lengthWarning(int length) {
        return length > settings.lengthWarning()
                ? texts.get("opinion.length-warning", length, settings.lengthWarning())
                : null;
    }

    /** The core's refusal of a field shown at that field of the form (the authors at the joint submitters). */
    void reject(BindingResult result, InvalidInput e) {
        String field = "persons".equals(e.field()) ? "jointMemberIds" : e.field();
        String message = texts.get(e.messageKey(), e.args());
        if (field != null && result.getFieldType(field) != null) {
            result.rejectValue(field, e.messageKey(), e.args(), message);
        } else {
            result.reject(e.messageKey(), e.args(), message);
        }
    }
}
