package org.xieshang.opinion.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.opinion.LevelStatus;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.OpinionReportExport;
import org.xieshang.opinion.OpinionSettings;
import org.xieshang.opinion.OpinionSubmission;
import org.xieshang.opinion.OpinionSubmission.Submitted;
import org.xieshang.opinion.ReportDetail;
import org.xieshang.opinion.ReportFilter;
import org.xieshang.opinion.ReportProgress;
import org.xieshang.opinion.ReportSummary;
import org.xieshang.opinion.api.ReportRequests.ReportRequest;
import org.xieshang.opinion.api.ReportRequests.VersionRequest;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Reports over the API: the list with its filters and export, one report, a submitter's own, drafts and submission. */
@RestController
@RequestMapping("/api/v1/opinion-reports")
class OpinionReportApi {

    private final OpinionQueries queries;
    private final OpinionSubmission submission;
    private final OpinionSettings settings;
    private final OpinionReportExport export;
    private final OpinionTexts texts;

    OpinionReportApi(
            OpinionQueries queries,
            OpinionSubmission submission,
            OpinionSettings settings,
            OpinionReportExport export,
            OpinionTexts texts) {
        this.queries = queries;
        this.submission = submission;
        this.settings = settings;
        this.export = export;
        this.texts = texts;
    }

    /** A submission's answer: the report, and a warning when it runs past the length limit (it is still saved). */
    record SavedResponse(ReportDetail report, String serialNumber, boolean lengthWarning, String warning) {}

    @GetMapping
    @PreAuthorize("hasAuthority('opinion:read')")
    PageSlice<ReportSummary> list(
            @ModelAttribute ReportFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.find(filter, Paging.of(page, size));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('opinion:read')")
    void export(@ModelAttribute ReportFilter filter, HttpServletResponse response) throws IOException {
        export.export(response, filter);
    }

    /** The signed-in user's own reports with their status at every level and the points each earned them. */
    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('opinion:read')")
    PageSlice<ReportProgress> mine(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.mine(year, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('opinion:read')")
    ReportDetail get(@PathVariable long id) {
        return queries.detail(id);
    }

    @GetMapping("/{id}/levels")
    @PreAuthorize("hasAuthority('opinion:read')")
    List<LevelStatus> levels(@PathVariable long id) {
        return queries.levels(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('opinion:submit')")
    ResponseEntity<SavedResponse> create(@Valid @RequestBody ReportRequest request) {
        var content = request.content(Actor.required());
        if (!request.submit()) {
            long id = submission.createDraft(content);
            return ResponseEntity.created(URI.create("/api/v1/opinion-reports/" + id))
                    .body(saved(id, null, content.length()));
        }
        Submitted submitted = submission.submitNew(content);
        return ResponseEntity.created(URI.create("/api/v1/opinion-reports/" + submitted.id()))
                .body(saved(submitted.id(), submitted.serialNumber(), submitted.length()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('opinion:submit')")
    SavedResponse update(@PathVariable long id, @RequestParam int version, @Valid @RequestBody ReportRequest request) {
        var content = request.content(Actor.required());
        submission.updateDraft(id, version, content);
        if (request.submit()) {
            Submitted submitted = submission.submit(id, version + 1);
            return saved(id, submitted.serialNumber(), submitted.length());
        }
        return saved(id, null, content.length());
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('opinion:submit')")
    SavedResponse submit(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        Submitted submitted = submission.submit(id, request.version());
        return saved(id, submitted.serialNumber(), submitted.length());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('opinion:submit')")
    ResponseEntity<Void> discard(@PathVariable long id, @RequestParam int version) {
        submission.discardDraft(id, version);
        return ResponseEntity.noContent().build();
    }

    private SavedResponse saved(long id, String serial, int length) {
        boolean warn = length > settings.lengthWarning();
        String warning = warn ? texts.get("opinion.length-warning", length, settings.lengthWarning()) : null;
        return new SavedResponse(queries.detail(id), serial, warn, warning);
    }

    static int thisYear() {
        return ChinaTime.today().getYear();
    }
}
