package org.xieshang.proposal.search;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/**
 * The similar proposals shown under the proposal form while a member writes (an htmx fragment, no layout), and the
 * office's 并案 of a proposal under review into a similar filed one, offered by the review page's suggestions.
 */
@Controller
class SimilarProposalsController {

    private final SimilarProposals similar;
    private final MergeSuggested merge;

    SimilarProposalsController(SimilarProposals similar, MergeSuggested merge) {
        this.similar = similar;
        this.merge = merge;
    }

    @GetMapping("/proposals/similar")
    @PreAuthorize("hasAuthority('proposal:submit')")
    String similar(
            @Valid @ModelAttribute("similarForm") SimilarProposalForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        List<SimilarProposals.Match> found = List.of();
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (!form.isEmpty()) {
            found = similar.forForm(form.proposalId(), form.title(), form.body());
        }
        model.addAttribute("similar", found);
        return "proposal/search/similar :: similar";
    }

    /** Files the proposal under review and merges it into the suggested primary, both or neither. */
    @PostMapping("/proposals/{id:\\d+}/file-and-merge")
    @PreAuthorize("hasAuthority('proposal:review')")
    String fileAndMerge(@PathVariable long id, @RequestParam long primaryId, RedirectAttributes flash) {
        String number = merge.fileAndMerge(id, primaryId);
        flash.addFlashAttribute("flash", merge.text("search-wiring.merge.done", number));
        return "redirect:/proposals/" + id;
    }
}
