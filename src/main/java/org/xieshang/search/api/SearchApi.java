package org.xieshang.search.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.search.Search;
import org.xieshang.search.SearchQuery;
import org.xieshang.search.SearchResults;
import org.xieshang.search.SimilarRecord;
import org.xieshang.search.SimilarRecords;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/**
 * Search for scripts: the same query as the search page (hits carry {@code titleHtml}/{@code snippetHtml} with the
 * words in {@code <mark>}, already escaped), and similar records of a text. Both see only what the caller may open.
 */
@RestController
@RequestMapping("/api/v1/search")
@PreAuthorize("isAuthenticated()")
class SearchApi {

    private final Search search;
    private final SimilarRecords similar;

    SearchApi(Search search, SimilarRecords similar) {
        this.search = search;
        this.similar = similar;
    }

    record SearchParameters(
            @Size(max = 200, message = "{search.invalid.q}") String q,

            @Pattern(regexp = "|[a-z][a-z0-9_-]{0,39}", message = "{search.invalid.type}")
            String type,

            @Pattern(regexp = "|\\d{4}", message = "{search.invalid.year}")
            String year,

            @Size(max = 100, message = "{search.invalid.facet}")
            String status,

            @Size(max = 100, message = "{search.invalid.facet}")
            String category,

            @Size(max = 100, message = "{search.invalid.facet}")
            String unit) {}

    @GetMapping
    SearchResults find(
            @Valid SearchParameters parameters,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        SearchQuery query = SearchQuery.of(parameters.q())
                .ofType(parameters.type())
                .with(SearchQuery.YEAR, parameters.year())
                .with(SearchQuery.STATUS, parameters.status())
                .with(SearchQuery.CATEGORY, parameters.category())
                .with(SearchQuery.UNIT, parameters.unit());
        return search.find(Actor.required(), query, Paging.of(page, size));
    }

    @PostMapping("/similar")
    List<SimilarRecord> similar(@Valid @RequestBody SimilarRequest request) {
        Actor actor = Actor.required();
        long committee = request.committeeId() == null ? actor.committeeId() : request.committeeId();
        return similar.similarTo(
                actor,
                request.type(),
                committee,
                request.scope(),
                request.title(),
                request.body(),
                request.limitOrDefault());
    }
}
