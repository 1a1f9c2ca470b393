package org.xieshang.proposal.web.oversight;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.proposal.KeyProposals;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.SupervisionKind;
import org.xieshang.proposal.web.unit.HandlingTexts;
import org.xieshang.shared.XieshangException;

/**
 * The leader's key-proposal board 重点提案: each key proposal with its supervising leader, state, deadline and
 * supervision events, and the form to record a supervision event with the parties present from the six-party list.
 */
@Controller
@RequestMapping("/proposals/key")
@PreAuthorize("hasAuthority('proposal:lead')")
public class KeyBoardController {

    private final ProposalQueries queries;
    private final KeyProposals keys;
    private final ProposalSettings settings;
    private final AuditTrail audit;
    private final HandlingTexts texts;

    KeyBoardController(
            ProposalQueries queries,
            KeyProposals keys,
            ProposalSettings settings,
            AuditTrail audit,
            HandlingTexts texts) {
        this.queries = queries;
        this.keys = keys;
        this.settings = settings;
        this.audit = audit;
        this.texts = texts;
    }

    public record SupervisionForm(
            @NotNull(message = "{proposal.handling.validation.kind}")
            SupervisionKind kind,

            @NotNull(message = "{proposal.handling.validation.heldOn}")
            @PastOrPresent(message = "{proposal.handling.validation.heldOn}")
            LocalDate heldOn,

            @NotBlank(message = "{proposal.handling.validation.place}")
            @Size(max = 200, message = "{proposal.handling.validation.place}")
            String place,

            @NotEmpty(message = "{proposal.handling.validation.parties}")
            List<String> parties,

            @Size(max = 1000, message = "{proposal.handling.validation.attendees}")
            String attendees,

            @NotBlank(message = "{proposal.handling.validation.minutes}")
            @Size(max = 20000, message = "{proposal.handling.validation.minutes}")
            String minutes) {

        KeyProposals.SupervisionEvent event() {
            return new KeyProposals.SupervisionEvent(kind, heldOn, place, parties, attendees, minutes);
        }
    }

    @GetMapping
    String board(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        var slice = queries.find(filter(q), org.xieshang.shared.Paging.of(page, 20));
        model.addAttribute("q", q);
        model.addAttribute("items", slice.map(s -> queries.details(s.id())));
        return "proposal/oversight/key-board";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        audit.record(
                AuditAction.EXPORT,
                "proposal",
                null,
                texts.get("proposal.handling.key.exported"),
                null,
                Map.of("q", q == null ? "" : q));
        List<String> headers =
                Arrays.asList(texts.get("proposal.handling.key.columns").split(","));
        String title = texts.get("proposal.handling.key.title");
        Spreadsheet.download(
                response,
                title,
                title,
                headers,
                sink -> queries.forEach(filter(q), s -> {
                    ProposalDetails d = queries.details(s.id());
                    sink.row(Arrays.asList(
                            s.officialNumber(),
                            s.title(),
                            d.marks().keyLeaderName(),
                            texts.get("proposal.status." + s.status()),
                            deadline(d),
                            d.supervisions().size()));
                }));
    }

    @GetMapping("/{id}/supervision")
    String supervisionForm(@PathVariable long id, Model model) {
        return form(id, model, new SupervisionForm(null, null, null, List.of(), null, null));
    }

    @PostMapping("/{id}/supervision")
    String recordSupervision(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SupervisionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            HandlingTexts.invalid(response);
            return form(id, model, form);
        }
        try {
            keys.recordSupervision(id, form.event());
        } catch (XieshangException e) {
            HandlingTexts.refused(e, result, response);
            return form(id, model, form);
        }
        redirect.addFlashAttribute("flash", texts.get("proposal.handling.key.recorded"));
        return "redirect:/proposals/key";
    }

    private String form(long id, Model model, SupervisionForm form) {
        model.addAttribute("p", queries.details(id));
        model.addAttribute("form", form);
        model.addAttribute("kinds", Arrays.asList(SupervisionKind.values()));
        model.addAttribute("parties", settings.supervisionParties());
        return "proposal/oversight/supervision";
    }

    /** The earliest deadline among the live assignments: the one the board watches. */
    static LocalDate deadline(ProposalDetails d) {
        return d.assignments().stream()
                .filter(a -> a.status() != org.xieshang.proposal.AssignmentStatus.WITHDRAWN && a.deadline() != null)
                .map(ProposalDetails.Assignment::deadline)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private static ProposalFilter filter(String q) {
        return new ProposalFilter(q, null, null, null, null, null, true, null, null, null);
    }
}
