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
import org.xieshang.organisation.domain.Catalogue;
import org.xieshang.organisation.domain.CatalogueEntry;
import org.xieshang.organisation.domain.CatalogueFilter;
import org.xieshang.organisation.domain.Committee;
import org.xieshang.organisation.domain.CommitteeManagement;
import org.xieshang.organisation.domain.OrganisationCatalogue;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;
import org.xieshang.shared.XieshangException;

/**
 * One set of screens for the four lists a committee keeps (sectors, special committees, parties and organisations,
 * handling units): search, filters, paging, Excel export, and the create and edit forms.
 */
@Controller
class CatalogueController {

    static final String LISTS = "{list:sectors|special-committees|party-organisations|handling-units}";

    private final OrganisationCatalogue catalogue;
    private final CommitteeManagement committees;
    private final Texts texts;

    CatalogueController(OrganisationCatalogue catalogue, CommitteeManagement committees, Texts texts) {
        this.catalogue = catalogue;
        this.committees = committees;
        this.texts = texts;
    }

    @GetMapping("/organisation/" + LISTS)
    @PreAuthorize("hasAuthority('organisation:read')")
    String list(
            @PathVariable String list,
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Model model) {
        Catalogue type = catalogue(list);
        Committee committee = committee(committeeId);
        CatalogueFilter filter = new CatalogueFilter(q, kind, active);
        model.addAttribute("list", type);
        model.addAttribute("filter", filter);
        model.addAttribute("committee", committee);
        model.addAttribute("committees", committees.visible());
        model.addAttribute("page", catalogue.find(type, committee.id(), filter, Paging.of(page, size)));
        model.addAttribute("pageUrl", Pages.withoutPage(request));
        return "organisation/catalogue-list";
    }

    @GetMapping("/organisation/" + LISTS + "/export")
    @PreAuthorize("hasAuthority('organisation:read')")
    void export(
            @PathVariable String list,
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean active,
            HttpServletResponse response)
            throws IOException {
        Catalogue type = catalogue(list);
        Committee committee = committee(committeeId);
        CatalogueFilter filter = new CatalogueFilter(q, kind, active);
        String title = committee.shortName() + texts.get("organisation." + type.table() + ".title");
        Spreadsheet.download(
                response,
                title,
                title,
                headers(type),
                sink -> catalogue.export(type, committee.id(), filter, entry -> sink.row(row(type, entry))));
    }

    @GetMapping("/organisation/" + LISTS + "/new")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String create(@PathVariable String list, @RequestParam(required = false) Long committeeId, Model model) {
        return form(model, catalogue(list), committee(committeeId), null, CatalogueForm.blank());
    }

    @PostMapping("/organisation/" + LISTS)
    @PreAuthorize("hasAuthority('organisation:manage')")
    String create(
            @PathVariable String list,
            @RequestParam long committeeId,
            @Valid @ModelAttribute("form") CatalogueForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Catalogue type = catalogue(list);
        Committee committee = committees.get(committeeId);
        if (result.hasErrors()) {
            Pages.invalid(response);
            return form(model, type, committee, null, form);
        }
        try {
            catalogue.create(type, committeeId, form.change());
            texts.created(redirect);
            return "redirect:/organisation/" + list + "?committeeId=" + committeeId;
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return form(model, type, committee, null, form);
        }
    }

    @GetMapping("/organisation/" + LISTS + "/{id}/edit")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String edit(@PathVariable String list, @PathVariable long id, Model model) {
        Catalogue type = catalogue(list);
        CatalogueEntry entry = catalogue.get(type, id);
        return form(model, type, committees.get(entry.committeeId()), entry, CatalogueForm.of(entry));
    }

    @PostMapping("/organisation/" + LISTS + "/{id}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String update(
            @PathVariable String list,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CatalogueForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Catalogue type = catalogue(list);
        CatalogueEntry entry = catalogue.get(type, id);
        Committee committee = committees.get(entry.committeeId());
        if (result.hasErrors() || Pages.withoutVersion(form.version(), result)) {
            Pages.invalid(response);
            return form(model, type, committee, entry, form);
        }
        try {
            catalogue.update(type, id, form.version(), form.change());
            texts.saved(redirect);
            return "redirect:/organisation/" + list + "?committeeId=" + committee.id();
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return form(model, type, committee, entry, form);
        }
    }

    private static String form(
            Model model, Catalogue type, Committee committee, CatalogueEntry entry, CatalogueForm form) {
        model.addAttribute("list", type);
        model.addAttribute("committee", committee);
        model.addAttribute("entry", entry);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "organisation/catalogue-form";
    }

    private Committee committee(Long committeeId) {
        return committees.chosen(committeeId);
    }

    private static Catalogue catalogue(String path) {
        return Catalogue.byPath(path).orElseThrow(() -> new RecordNotFound("list", path));
    }

    private List<String> headers(Catalogue type) {
        List<String> keys = type.hasContacts()
                ? List.of("name", "kind", "contactPerson", "contactPhone", "active", "sortOrder")
                : type.hasKind() ? List.of("name", "kind", "sortOrder") : List.of("name", "sortOrder");
        return keys.stream().map(k -> texts.get("organisation.field." + k)).toList();
    }

    private List<Object> row(Catalogue type, CatalogueEntry e) {
        String kindText = e.kind() == null ? null : texts.get("organisation.kind." + e.kind());
        if (type.hasContacts()) {
            String active = texts.get(e.active() ? "form.yes" : "form.no");
            return Arrays.asList(e.name(), kindText, e.contactPerson(), e.contactPhone(), active, e.sortOrder());
        }
        return type.hasKind() ? Arrays.asList(e.name(), kindText, e.sortOrder()) : List.of(e.name(), e.sortOrder());
    }
}
