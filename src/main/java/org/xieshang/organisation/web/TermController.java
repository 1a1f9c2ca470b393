package org.xieshang.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.organisation.domain.CommitteeManagement;
import org.xieshang.organisation.domain.Meeting;
import org.xieshang.organisation.domain.Term;
import org.xieshang.organisation.domain.TermManagement;
import org.xieshang.shared.XieshangException;

/** Forms for terms 届 and meetings 次会议; both are listed on the committee page they return to. */
@Controller
@PreAuthorize("hasAuthority('organisation:manage')")
class TermController {

    private final CommitteeManagement committees;
    private final TermManagement terms;
    private final Texts texts;

    TermController(CommitteeManagement committees, TermManagement terms, Texts texts) {
        this.committees = committees;
        this.terms = terms;
        this.texts = texts;
    }

    @GetMapping("/organisation/committees/{committeeId}/terms/new")
    String newTerm(@PathVariable long committeeId, Model model) {
        return termForm(model, committeeId, null, TermForm.blank());
    }

    @PostMapping("/organisation/committees/{committeeId}/terms")
    String createTerm(
            @PathVariable long committeeId,
            @Valid @ModelAttribute("form") TermForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Pages.invalid(response);
            return termForm(model, committeeId, null, form);
        }
        try {
            terms.createTerm(committeeId, form.details());
            texts.created(redirect);
            return "redirect:/organisation/committees/" + committeeId;
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return termForm(model, committeeId, null, form);
        }
    }

    @GetMapping("/organisation/terms/{id}/edit")
    String editTerm(@PathVariable long id, Model model) {
        Term term = terms.term(id);
        return termForm(model, term.committeeId(), term, TermForm.of(term));
    }

    @PostMapping("/organisation/terms/{id}")
    String updateTerm(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TermForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Term term = terms.term(id);
        if (result.hasErrors() || Pages.withoutVersion(form.version(), result)) {
            Pages.invalid(response);
            return termForm(model, term.committeeId(), term, form);
        }
        try {
            terms.updateTerm(id, form.version(), form.details());
            texts.saved(redirect);
            return "redirect:/organisation/committees/" + term.committeeId();
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return termForm(model, term.committeeId(), term, form);
        }
    }

    @GetMapping("/organisation/terms/{termId}/meetings/new")
    String newMeeting(@PathVariable long termId, Model model) {
        return meetingForm(model, terms.term(termId), null, MeetingForm.blank());
    }

    @PostMapping("/organisation/terms/{termId}/meetings")
    String createMeeting(
            @PathVariable long termId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Term term = terms.term(termId);
        if (result.hasErrors()) {
            Pages.invalid(response);
            return meetingForm(model, term, null, form);
        }
        try {
            terms.createMeeting(termId, form.details());
            texts.created(redirect);
            return "redirect:/organisation/committees/" + term.committeeId();
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return meetingForm(model, term, null, form);
        }
    }

    @GetMapping("/organisation/meetings/{id}/edit")
    String editMeeting(@PathVariable long id, Model model) {
        Meeting meeting = terms.meeting(id);
        return meetingForm(model, terms.term(meeting.termId()), meeting, MeetingForm.of(meeting));
    }

    @PostMapping("/organisation/meetings/{id}")
    String updateMeeting(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Meeting meeting = terms.meeting(id);
        Term term = terms.term(meeting.termId());
        if (result.hasErrors() || Pages.withoutVersion(form.version(), result)) {
            Pages.invalid(response);
            return meetingForm(model, term, meeting, form);
        }
        try {
            terms.updateMeeting(id, form.version(), form.details());
            texts.saved(redirect);
            return "redirect:/organisation/committees/" + term.committeeId();
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return meetingForm(model, term, meeting, form);
        }
    }

    private String termForm(Model model, long committeeId, Term term, TermForm form) {
        model.addAttribute("committee", committees.get(committeeId));
        model.addAttribute("term", term);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "organisation/term-form";
    }

    private String meetingForm(Model model, Term term, Meeting meeting, MeetingForm form) {
        model.addAttribute("committee", committees.get(term.committeeId()));
        model.addAttribute("term", term);
        model.addAttribute("meeting", meeting);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "organisation/meeting-form";
    }
}
