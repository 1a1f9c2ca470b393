package org.xieshang.organisation.api;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.organisation.domain.Catalogue;
import org.xieshang.organisation.domain.CatalogueEntry;
import org.xieshang.organisation.domain.CatalogueFilter;
import org.xieshang.organisation.domain.OrganisationCatalogue;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;

/**
 * A committee's sectors, special committees, parties and organisations, and handling units: paged lists with a name
 * search ({@code q}), one entry, create, and update with the version read.
 */
@RestController
@RequestMapping("/api/v1/committees/{committeeId}/{list:sectors|special-committees|party-organisations|handling-units}")
class CatalogueApi {

    private final OrganisationCatalogue catalogue;

    CatalogueApi(OrganisationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organisation:read')")
    PageSlice<CatalogueResponse> list(
            @PathVariable long committeeId,
            @PathVariable String list,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Catalogue type = catalogue(list);
        return catalogue
                .find(type, committeeId, new CatalogueFilter(q, kind, active), Paging.of(page, size))
                .map(e -> CatalogueResponse.of(type, e));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:read')")
    CatalogueResponse entry(@PathVariable long committeeId, @PathVariable String list, @PathVariable long id) {
        Catalogue type = catalogue(list);
        return CatalogueResponse.of(type, entry(type, committeeId, id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organisation:manage')")
    ResponseEntity<CatalogueResponse> create(
            @PathVariable long committeeId, @PathVariable String list, @Valid @RequestBody CatalogueRequest request) {
        Catalogue type = catalogue(list);
        long id = catalogue.create(type, committeeId, request.change());
        return ResponseEntity.created(URI.create("/api/v1/committees/" + committeeId + "/" + list + "/" + id))
                .body(CatalogueResponse.of(type, catalogue.get(type, id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    CatalogueResponse update(
            @PathVariable long committeeId,
            @PathVariable String list,
            @PathVariable long id,
            @Validated({Default.class, OnUpdate.class}) @RequestBody CatalogueRequest request) {
        Catalogue type = catalogue(list);
        entry(type, committeeId, id);
        catalogue.update(type, id, request.version(), request.change());
        return CatalogueResponse.of(type, catalogue.get(type, id));
    }

    /** The entry, if it belongs to the committee of the path; anything else reads as not found. */
    private CatalogueEntry entry(Catalogue type, long committeeId, long id) {
        CatalogueEntry entry = catalogue.get(type, id);
        if (entry.committeeId() != committeeId) {
            throw new RecordNotFound(type.table(), id);
        }
        return entry;
    }

    private static Catalogue catalogue(String path) {
        return Catalogue.byPath(path).orElseThrow(() -> new RecordNotFound("list", path));
    }
}
