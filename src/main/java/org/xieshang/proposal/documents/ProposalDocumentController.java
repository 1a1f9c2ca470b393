package org.xieshang.proposal.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xieshang.platform.Downloads;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.web.member.ProposalNames;

/** The proposal form as Word, for whoever may read the proposal (the core's query applies the data scope). */
@Controller
class ProposalDocumentController {

    private final ProposalQueries queries;
    private final ProposalFormDocument document;
    private final ProposalNames names;

    ProposalDocumentController(ProposalQueries queries, ProposalFormDocument document, ProposalNames names) {
        this.queries = queries;
        this.document = document;
        this.names = names;
    }

    @GetMapping("/proposals/{id:\\d+}/form.docx")
    @PreAuthorize("hasAuthority('proposal:read')")
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        ProposalDetails details = queries.details(id);
        String name = names.text("proposal.pages.docx.file", id) + ".docx";
        Downloads.attachment(response, Downloads.DOCX, "proposal-" + id + ".docx", name);
        document.write(details, response.getOutputStream());
    }
}
