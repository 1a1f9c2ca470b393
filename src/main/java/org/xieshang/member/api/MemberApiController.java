package org.xieshang.member.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.member.domain.CommitteeCatalogue;
import org.xieshang.member.domain.CommitteeReferences;
import org.xieshang.member.domain.InvalidMemberProfile;
import org.xieshang.member.domain.Member;
import org.xieshang.member.domain.MemberManagement;
import org.xieshang.member.domain.MemberQuery;
import org.xieshang.member.domain.MemberTexts;
import org.xieshang.member.domain.Violation;
import org.xieshang.platform.ProblemResponses;
import org.xieshang.platform.ProblemResponses.FieldProblem;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Members over REST, within the caller's committees (any other member reads as 404). */
@RestController
@RequestMapping("/api/v1/members")
class MemberApiController {

    private final MemberManagement management;
    private final CommitteeCatalogue catalogue;
    private final ProblemResponses problems;
    private final MemberTexts texts;

    MemberApiController(
            MemberManagement management, CommitteeCatalogue catalogue, ProblemResponses problems, MemberTexts texts) {
        this.management = management;
        this.catalogue = catalogue;
        this.problems = problems;
        this.texts = texts;
    }

    /** Searches name and employer ({@code q}); {@code active} omitted lists active and inactive members alike. */
    @GetMapping
    @PreAuthorize("hasAuthority('member:read')")
    MemberPage list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Long sectorId,
            @RequestParam(required = false) Long specialCommitteeId,
            @RequestParam(required = false) Long partyOrganisationId,
            @RequestParam(required = false) Boolean standingCommittee,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var committees = committeeId == null ? Actor.required().visibleCommitteeIds() : java.util.Set.of(committeeId);
        MemberQuery query = new MemberQuery(
                committees, q, sectorId, specialCommitteeId, partyOrganisationId, standingCommittee, active);
        PageSlice<Member> found = management.find(query, Paging.of(page, size));
        Map<Long, List<Long>> terms =
                management.termIds(found.items().stream().map(Member::id).toList());
        Map<Long, CommitteeReferences> refs = new HashMap<>();
        return MemberPage.of(found.map(m -> MemberResponse.of(
                m, refs.computeIfAbsent(m.committeeId(), catalogue::of), terms.getOrDefault(m.id(), List.of()))));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('member:read')")
    MemberResponse get(@PathVariable long id) {
        Member member = management.get(id);
        return MemberResponse.of(member, catalogue.of(member.committeeId()), management.termIds(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('member:manage')")
    ResponseEntity<MemberResponse> create(@Valid @RequestBody MemberRequest request) {
        long id = management.register(request.committeeId(), request.profile());
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('member:manage')")
    MemberResponse update(@PathVariable long id, @Valid @RequestBody MemberRequest request) {
        if (request.version() == null) {
            throw new InvalidMemberProfile(List.of(new Violation("version", "required")));
        }
        management.update(id, request.version(), request.profile());
        return get(id);
    }

    /** The domain's problems, per field, in the same shape as a failed constraint. */
    @ExceptionHandler(InvalidMemberProfile.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMemberProfile e) {
        List<FieldProblem> fields = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), texts.of(v)))
                .toList();
        return problems.of(400, "invalid-input", new Object[0], fields);
    }
}
