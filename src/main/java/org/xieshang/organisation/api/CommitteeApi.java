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
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.organisation.domain.CommitteeManagement;
import org.xieshang.organisation.domain.Meeting;
import org.xieshang.organisation.domain.Term;
import org.xieshang.organisation.domain.TermManagement;
import org.xieshang.shared.RecordNotFound;

/** Committees the caller may see, their terms and meetings. */
@RestController
@RequestMapping("/api/v1/committees")
class CommitteeApi {

    private final CommitteeManagement committees;
    private final TermManagement terms;

    CommitteeApi(CommitteeManagement committees, TermManagement terms) {
        this.committees = committees;
        this.terms = terms;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organisation:read')")
    List<CommitteeResponse> committees() {
        return committees.visible().stream().map(CommitteeResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:read')")
    CommitteeResponse committee(@PathVariable long id) {
        return CommitteeResponse.of(committees.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organisation:manage')")
    ResponseEntity<CommitteeResponse> create(
            @Validated({Default.class, OnCreate.class}) @RequestBody CommitteeRequest request) {
        long id = committees.create(request.parentId(), request.level(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/committees/" + id))
                .body(CommitteeResponse.of(committees.get(id)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    CommitteeResponse update(
            @PathVariable long id, @Validated({Default.class, OnUpdate.class}) @RequestBody CommitteeRequest request) {
        committees.update(id, request.version(), request.details());
        return CommitteeResponse.of(committees.get(id));
    }

    @GetMapping("/{id}/terms")
    @PreAuthorize("hasAuthority('organisation:read')")
    List<TermResponse> terms(@PathVariable long id) {
        return terms.terms(id).stream().map(TermResponse::of).toList();
    }

    @PostMapping("/{id}/terms")
    @PreAuthorize("hasAuthority('organisation:manage')")
    ResponseEntity<TermResponse> createTerm(@PathVariable long id, @Valid @RequestBody TermRequest request) {
        long termId = terms.createTerm(id, request.details());
        return ResponseEntity.created(URI.create("/api/v1/committees/" + id + "/terms/" + termId))
                .body(TermResponse.of(terms.term(termId), List.of()));
    }

    @PutMapping("/{id}/terms/{termId}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    TermResponse updateTerm(
            @PathVariable long id,
            @PathVariable long termId,
            @Validated({Default.class, OnUpdate.class}) @RequestBody TermRequest request) {
        term(id, termId);
        terms.updateTerm(termId, request.version(), request.details());
        return terms.terms(id).stream()
                .filter(t -> t.term().id() == termId)
                .map(TermResponse::of)
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("term", termId));
    }

    @PostMapping("/{id}/terms/{termId}/meetings")
    @PreAuthorize("hasAuthority('organisation:manage')")
    ResponseEntity<MeetingResponse> createMeeting(
            @PathVariable long id, @PathVariable long termId, @Valid @RequestBody MeetingRequest request) {
        term(id, termId);
        long meetingId = terms.createMeeting(termId, request.details());
        return ResponseEntity.created(
                        URI.create("/api/v1/committees/" + id + "/terms/" + termId + "/meetings/" + meetingId))
                .body(MeetingResponse.of(terms.meeting(meetingId)));
    }

    @PutMapping("/{id}/terms/{termId}/meetings/{meetingId}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    MeetingResponse updateMeeting(
            @PathVariable long id,
            @PathVariable long termId,
            @PathVariable long meetingId,
            @Validated({Default.class, OnUpdate.class}) @RequestBody MeetingRequest request) {
        term(id, termId);
        Meeting meeting = terms.meeting(meetingId);
        if (meeting.termId() != termId) {
            throw new RecordNotFound("meeting", meetingId);
        }
        terms.updateMeeting(meetingId, request.version(), request.details());
        return MeetingResponse.of(terms.meeting(meetingId));
    }

    /** The term, if it belongs to the committee of the path; anything else reads as not found. */
    private Term term(long committeeId, long termId) {
        Term term = terms.term(termId);
        if (term.committeeId() != committeeId) {
            throw new RecordNotFound("term", termId);
        }
        return term;
    }
}
