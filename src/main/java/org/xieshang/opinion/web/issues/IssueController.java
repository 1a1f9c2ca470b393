package org.xieshang.opinion.web.issues;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.opinion.CatalogueEntry;
import org.xieshang.opinion.IssueState;
import org.xieshang.opinion.IssueSummary;
import org.xieshang.opinion.IssueView;
import org.xieshang.opinion.OpinionCatalogue;
import org.xieshang.opinion.OpinionIssues;
import org.xieshang.opinion.PieceKind;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** The periodical 《社情民意》: the issues, compiling one from accepted reports, one issue, publishing and discarding. */
@Controller
class IssueController {

    private final OpinionIssues issues;
    private final IssueCandidates candidates;
    private final OpinionCatalogue catalogue;
    private final IssueExport export;
    private final OpinionTexts texts;

    IssueController(
            OpinionIssues issues,
            IssueCandidates candidates,
            OpinionCatalogue catalogue,
            IssueExport export,
            OpinionTexts texts) {
        this.issues = issues;
        this.candidates = candidates;
        this.catalogue = catalogue;
        this.export = export;
        this.texts = texts;
    }

    @GetMapping("/opinion/issues")
    @PreAuthorize("hasAuthority('opinion:read')")
    String list(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) IssueState state,
            @RequestParam(required = false) Integer page,
            Model model) {
        PageSlice<IssueSummary> slice = issues.list(committeeId, year, state, Paging.of(page, 20));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("committeeId", committeeId);
        filters.put("year", year);
        filters.put("state", state);
        model.addAttribute("issues", slice);
        model.addAttribute("filters", filters);
        model.addAttribute("states", IssueState.values());
        return "opinion/issues";
    }

    @GetMapping("/opinion/issues/export")
    @PreAuthorize("hasAuthority('opinion:read')")
    void export(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) IssueState state,
            HttpServletResponse response)
            throws IOException {
        export.write(response, committeeId, year, state);
    }

    @GetMapping("/opinion/issues/new")
    @PreAuthorize("hasAuthority('opinion:manage')")
    String createForm(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q, Model model) {
        int y = year == null ? ChinaTime.today().getYear() : year;
        List<String> all = catalogue.recipients(Actor.required().committeeId()).stream()
                .map(CatalogueEntry::code)
                .toList();
        return form(model, IssueForm.empty(y, all), q);
    }

    @PostMapping("/opinion/issues/new")
    @PreAuthorize("hasAuthority('opinion:manage')")
    String create(
            @Valid @ModelAttribute("form") IssueForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (form != null && form.kind() == PieceKind.COMPOSITE && (blank(form.title()) || blank(form.body()))) {
            result.rejectValue("title", "error.opinion.piece-composite-text");
        }
        if (!result.hasErrors()) {
            try {
                long id = issues.create(form.draft());
                flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.issue-created"));
                return "redirect:/opinion/issues/" + id;
            } catch (InvalidInput e) {
                String field = "recipients".equals(e.field()) ? "recipients" : "reportIds";
                result.rejectValue(field, e.messageKey(), e.args(), texts.get(e.messageKey(), e.args()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, null);
    }

    @GetMapping("/opinion/issues/{id:\\d+}")
    @PreAuthorize("hasAuthority('opinion:read')")
    String issue(@PathVariable long id, Model model) {
        model.addAttribute("issue", issues.view(id));
        return "opinion/issue";
    }

    @PostMapping("/opinion/issues/{id:\\d+}/publish")
    @PreAuthorize("hasAuthority('opinion:manage')")
    String publish(@PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        IssueView published = issues.publish(id, version);
        flash.addFlashAttribute(
                "flash", texts.get("opinion.pages.flash.issue-published", published.year(), published.number()));
        return "redirect:/opinion/issues/" + id;
    }

    @PostMapping("/opinion/issues/{id:\\d+}/discard")
    @PreAuthorize("hasAuthority('opinion:manage')")
    String discard(@PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        issues.discard(id, version);
        flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.issue-discarded"));
        return "redirect:/opinion/issues";
    }

    private String form(Model model, IssueForm form, String q) {
        long committeeId = Actor.required().committeeId();
        Integer year = form.year();
        model.addAttribute("form", form);
        model.addAttribute("q", q);
        model.addAttribute("candidates", candidates.find(committeeId, year, q));
        model.addAttribute("recipients", catalogue.recipients(committeeId));
        model.addAttribute("kinds", PieceKind.values());
        return "opinion/issue-form";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
