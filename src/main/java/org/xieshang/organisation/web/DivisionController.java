package org.xieshang.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
import org.xieshang.organisation.DivisionKind;
import org.xieshang.organisation.DivisionLevel;
import org.xieshang.organisation.domain.Committee;
import org.xieshang.organisation.domain.CommitteeManagement;
import org.xieshang.organisation.domain.Division;
import org.xieshang.organisation.domain.DivisionManagement;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.Paging;
import org.xieshang.shared.XieshangException;

/**
 * The division tree: counties → towns → villages, one level at a time. A node opens in place through an htmx fragment;
 * without script the same link opens the node's own page. A search lists matching divisions instead of the tree.
 */
@Controller
class DivisionController {

    private final DivisionManagement divisions;
    private final CommitteeManagement committees;
    private final Texts texts;

    DivisionController(DivisionManagement divisions, CommitteeManagement committees, Texts texts) {
        this.divisions = divisions;
        this.committees = committees;
        this.texts = texts;
    }

    @GetMapping("/organisation/divisions")
    @PreAuthorize("hasAuthority('organisation:read')")
    String tree(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) DivisionLevel level,
            @RequestParam(required = false) Integer page,
            HttpServletRequest request,
            Model model) {
        Committee committee = committee(committeeId);
        model.addAttribute("committee", committee);
        model.addAttribute("committees", committees.visible());
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("levels", DivisionLevel.values());
        if ((q != null && !q.isBlank()) || level != null) {
            model.addAttribute("found", divisions.find(committee.id(), q, level, Paging.of(page, 50)));
            model.addAttribute("pageUrl", Pages.withoutPage(request));
        } else {
            model.addAttribute("path", parentId == null ? List.of() : divisions.path(parentId));
            model.addAttribute("nodes", divisions.children(committee.id(), parentId));
        }
        return "organisation/divisions";
    }

    @GetMapping("/organisation/divisions/{id}/children")
    @PreAuthorize("hasAuthority('organisation:read')")
    String children(@PathVariable long id, Model model) {
        Division parent = divisions.get(id);
        model.addAttribute("committee", committees.get(parent.committeeId()));
        model.addAttribute("nodes", divisions.children(parent.committeeId(), id));
        return "organisation/fragments/division-children :: children";
    }

    @GetMapping("/organisation/divisions/export")
    @PreAuthorize("hasAuthority('organisation:read')")
    void export(@RequestParam(required = false) Long committeeId, HttpServletResponse response) throws IOException {
        Committee committee = committee(committeeId);
        String title = committee.shortName() + texts.get("organisation.division.title");
        List<String> headers = List.of("code", "name", "level", "kind").stream()
                .map(k -> texts.get("organisation.field." + k))
                .toList();
        Spreadsheet.download(
                response,
                title,
                title,
                headers,
                sink -> divisions.export(
                        committee.id(),
                        d -> sink.row(List.of(
                                d.code(),
                                d.name(),
                                texts.get("organisation.division.level." + d.level()),
                                texts.get("organisation.division.kind." + d.kind())))));
    }

    @GetMapping("/organisation/divisions/new")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String create(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Long parentId,
            Model model) {
        Division parent = parentId == null ? null : divisions.get(parentId);
        Committee committee = parent == null ? committee(committeeId) : committees.get(parent.committeeId());
        String code = parent == null ? "" : parent.code() + "-";
        return form(model, committee, parent, null, DivisionForm.blank(code));
    }

    @PostMapping("/organisation/divisions")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String create(
            @RequestParam long committeeId,
            @RequestParam(required = false) Long parentId,
            @Valid @ModelAttribute("form") DivisionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Committee committee = committees.get(committeeId);
        Division parent = parentId == null ? null : divisions.get(parentId);
        if (result.hasErrors()) {
            Pages.invalid(response);
            return form(model, committee, parent, null, form);
        }
        try {
            divisions.create(committeeId, parentId, form.details());
            texts.created(redirect);
            return redirectTo(committeeId, parentId);
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return form(model, committee, parent, null, form);
        }
    }

    @GetMapping("/organisation/divisions/{id}/edit")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String edit(@PathVariable long id, Model model) {
        Division division = divisions.get(id);
        return form(model, committees.get(division.committeeId()), null, division, DivisionForm.of(division));
    }

    @PostMapping("/organisation/divisions/{id}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") DivisionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Division division = divisions.get(id);
        Committee committee = committees.get(division.committeeId());
        if (result.hasErrors() || Pages.withoutVersion(form.version(), result)) {
            Pages.invalid(response);
            return form(model, committee, null, division, form);
        }
        try {
            divisions.update(id, form.version(), form.details());
            texts.saved(redirect);
            return redirectTo(committee.id(), division.parentId());
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return form(model, committee, null, division, form);
        }
    }

    private static String form(
            Model model, Committee committee, Division parent, Division division, DivisionForm form) {
        DivisionLevel parentLevel = parent == null ? null : parent.level();
        model.addAttribute(
                "kinds",
                Arrays.stream(DivisionKind.values())
                        .filter(k ->
                                division == null ? k.level().parent() == parentLevel : k.level() == division.level())
                        .toList());
        model.addAttribute("committee", committee);
        model.addAttribute("parent", parent);
        model.addAttribute("division", division);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "organisation/division-form";
    }

    private static String redirectTo(long committeeId, Long parentId) {
        return "redirect:/organisation/divisions?committeeId=" + committeeId
                + (parentId == null ? "" : "&parentId=" + parentId);
    }

    private Committee committee(Long committeeId) {
        return committees.chosen(committeeId);
    }
}
