package org.xieshang.organisation.api;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
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
import org.xieshang.organisation.domain.Division;
import org.xieshang.organisation.domain.DivisionManagement;
import org.xieshang.shared.RecordNotFound;

/** A committee's division tree, one level at a time ({@code parentId} absent: districts and counties). */
@RestController
@RequestMapping("/api/v1/committees/{committeeId}/divisions")
class DivisionApi {

    private final DivisionManagement divisions;

    DivisionApi(DivisionManagement divisions) {
        this.divisions = divisions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organisation:read')")
    List<DivisionResponse> children(@PathVariable long committeeId, @RequestParam(required = false) Long parentId) {
        return divisions.children(committeeId, parentId).stream()
                .map(DivisionResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:read')")
    DivisionResponse division(@PathVariable long committeeId, @PathVariable long id) {
        return DivisionResponse.of(inCommittee(id, committeeId));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organisation:manage')")
    ResponseEntity<DivisionResponse> create(
            @PathVariable long committeeId, @Valid @RequestBody DivisionRequest request) {
        long id = divisions.create(committeeId, request.parentId(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/committees/" + committeeId + "/divisions/" + id))
                .body(DivisionResponse.of(divisions.get(id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    DivisionResponse update(
            @PathVariable long committeeId,
            @PathVariable long id,
            @Validated({Default.class, OnUpdate.class}) @RequestBody DivisionRequest request) {
        inCommittee(id, committeeId);
        divisions.update(id, request.version(), request.details());
        return DivisionResponse.of(divisions.get(id));
    }

    /** The division, if it belongs to the committee of the path; anything else reads as not found. */
    private Division inCommittee(long id, long committeeId) {
        Division division = divisions.get(id);
        if (division.committeeId() != committeeId) {
            throw new RecordNotFound("division", id);
        }
        return division;
    }
}
