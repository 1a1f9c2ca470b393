package org.xieshang.search.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.search.Search;
import org.xieshang.search.SearchResults;
import org.xieshang.search.SimilarRecord;
import org.xieshang.search.SimilarRecords;
import org.xieshang.search.domain.SearchSettings;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/**
 * The search page (one box across every module's records, with filters and paging) and the "similar existing
 * records" fragment that forms load with htmx while a member writes.
 */
@Controller
@RequestMapping("/search")
@PreAuthorize("isAuthenticated()")
class SearchController {

    static final int PAGE_SIZE = 20;

    private final Search search;
    private final SimilarRecords similar;
    private final SearchSettings settings;

    SearchController(Search search, SimilarRecords similar, SearchSettings settings) {
        this.search = search;
        this.similar = similar;
        this.settings = settings;
    }

    @GetMapping
    String search(
            @Valid @ModelAttribute("form") SearchForm form,
            BindingResult errors,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("filters", form.asParameters());
        model.addAttribute("types", search.types());
        model.addAttribute("invalid", errors.hasErrors());
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "search/search";
        }
        if (!form.isEmpty()) {
            SearchResults results = search.find(Actor.required(), form.query(), Paging.of(page, PAGE_SIZE));
            model.addAttribute("results", results);
        }
        return "search/search";
    }

    /** A fragment without the layout; empty (nothing to show) until there is text to compare. */
    @GetMapping("/similar")
    String similar(@Valid @ModelAttribute("similarForm") SimilarForm form, BindingResult errors, Model model) {
        List<SimilarRecord> found = List.of();
        if (!errors.hasErrors() && !form.isEmpty()) {
            Actor actor = Actor.required();
            long committee = form.committeeId() == null ? actor.committeeId() : form.committeeId();
            found = similar
                    .similarTo(
                            actor,
                            form.type(),
                            committee,
                            form.scopeFacets(),
                            form.title(),
                            form.body(),
                            settings.similarShown())
                    .stream()
                    .filter(record -> record.score() >= settings.similarShownFrom())
                    .toList();
        }
        model.addAttribute("similar", found);
        return "search/fragments/similar :: similar";
    }
}
