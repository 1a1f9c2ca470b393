package org.xieshang.opinion.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.opinion.AdoptionCommand;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.InstructionCommand;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.OpinionEditing;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.OpinionUpward;
import org.xieshang.opinion.ReportDetail;
import org.xieshang.opinion.UpwardChannel;
import org.xieshang.opinion.UpwardView;
import org.xieshang.opinion.api.ReportRequests.EditRequest;
import org.xieshang.opinion.api.ReportRequests.ReasonRequest;
import org.xieshang.opinion.api.ReportRequests.VersionRequest;

/**
 * The information office's steps on a report (edit, sign off, accept, keep on file) and the upper level's (report
 * upward, adoption, its revocation, instructions, department adoption). Each answers with the report as it now is.
 */
@RestController
@RequestMapping("/api/v1/opinion-reports/{id}")
class OpinionWorkflowApi {

    private final OpinionEditing editing;
    private final OpinionUpward upward;
    private final OpinionQueries queries;

    OpinionWorkflowApi(OpinionEditing editing, OpinionUpward upward, OpinionQueries queries) {
        this.editing = editing;
        this.upward = upward;
        this.queries = queries;
    }

    record UpwardRequest(
            @NotNull(message = "{opinion.channel.required}") UpwardChannel channel) {}

    record AdoptionRequest(
            @NotNull(message = "{opinion.adoption.kind.required}")
            AdoptionKind kind,

            @Size(max = 500, message = "{opinion.reason.size}")
            String departments,

            @Size(max = 500, message = "{opinion.reason.size}")
            String note,

            @NotNull(message = "{opinion.adoption.on.required}")
            LocalDate adoptedOn,

            @NotNull(message = "{opinion.version.required}") Integer version) {}

    record InstructionRequest(
            @NotNull(message = "{opinion.instruction.rank.required}")
            InstructionRank rank,

            @NotBlank(message = "{opinion.instruction.title.required}")
            @Size(max = 60, message = "{opinion.reason.size}")
            String leaderTitle,

            @NotBlank(message = "{opinion.instruction.text.required}")
            @Size(max = 2000, message = "{opinion.text.size}")
            String text,

            @NotNull(message = "{opinion.instruction.on.required}")
            LocalDate instructedOn) {}

    record DepartmentRequest(
            @NotBlank(message = "{opinion.department.required}") @Size(max = 100, message = "{opinion.reason.size}")
            String department,

            @NotNull(message = "{opinion.adoption.on.required}")
            LocalDate adoptedOn) {}

    @PostMapping("/edit")
    @PreAuthorize("hasAuthority('opinion:edit')")
    ReportDetail edit(@PathVariable long id, @Valid @RequestBody EditRequest request) {
        editing.edit(id, request.version(), new EditedText(request.title(), request.body(), request.suggestions()));
        return queries.detail(id);
    }

    @PostMapping("/sign-off")
    @PreAuthorize("hasAuthority('opinion:edit')")
    ReportDetail signOff(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        editing.signOff(id, request.version());
        return queries.detail(id);
    }

    @PostMapping("/accept")
    @PreAuthorize("hasAuthority('opinion:manage')")
    ReportDetail accept(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        editing.accept(id, request.version());
        return queries.detail(id);
    }

    @PostMapping("/file")
    @PreAuthorize("hasAuthority('opinion:manage')")
    ReportDetail keepOnFile(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
        editing.keepOnFile(id, request.version(), request.reason());
        return queries.detail(id);
    }

    @PostMapping("/report-upward")
    @PreAuthorize("hasAuthority('opinion:manage')")
    UpwardView reportUpward(@PathVariable long id, @Valid @RequestBody UpwardRequest request) {
        return upward.reportUpward(id, request.channel());
    }

    @GetMapping("/upwards")
    @PreAuthorize("hasAuthority('opinion:read')")
    List<UpwardView> upwards(@PathVariable long id) {
        return upward.upwards(id);
    }

    @PostMapping("/adoption")
    @PreAuthorize("hasAuthority('opinion:manage')")
    ReportDetail adopt(@PathVariable long id, @Valid @RequestBody AdoptionRequest request) {
        upward.recordAdoption(
                id,
                request.version(),
                new AdoptionCommand(request.kind(), request.departments(), request.note(), request.adoptedOn()));
        return queries.detail(id);
    }

    @PostMapping("/adoption/revoke")
    @PreAuthorize("hasAuthority('opinion:manage')")
    ReportDetail revokeAdoption(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
        upward.revokeAdoption(id, request.version(), request.reason());
        return queries.detail(id);
    }

    @PostMapping("/instructions")
    @PreAuthorize("hasAuthority('opinion:manage')")
    ReportDetail instruct(@PathVariable long id, @Valid @RequestBody InstructionRequest request) {
        upward.recordInstruction(
                id,
                new InstructionCommand(request.rank(), request.leaderTitle(), request.text(), request.instructedOn()));
        return queries.detail(id);
    }

    @PostMapping("/department-adoptions")
    @PreAuthorize("hasAuthority('opinion:manage')")
    ReportDetail departmentAdoption(@PathVariable long id, @Valid @RequestBody DepartmentRequest request) {
        upward.recordDepartmentAdoption(id, request.department(), request.adoptedOn());
        return queries.detail(id);
    }
}
