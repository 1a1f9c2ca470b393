package org.xieshang.proposal.documents.reply;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.member.MemberDirectory;
import org.xieshang.member.MemberSummary;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.platform.Downloads;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.web.unit.HandlingTexts;
import org.xieshang.shared.RecordNotFound;

/**
 * The reply letter as Word: whoever may read the reply (the proposal's scope; members only sent, reviewed replies)
 * may download it. The download is audited as an export.
 */
@Controller
@PreAuthorize("hasAuthority('proposal:read')")
class ReplyLetterController {

    private final ProposalQueries queries;
    private final OrganisationDirectory organisation;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final HandlingTexts texts;

    ReplyLetterController(
            ProposalQueries queries,
            OrganisationDirectory organisation,
            MemberDirectory members,
            AuditTrail audit,
            HandlingTexts texts) {
        this.queries = queries;
        this.organisation = organisation;
        this.members = members;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/proposals/{id}/replies/{replyId}/letter.docx")
    void letter(@PathVariable long id, @PathVariable long replyId, HttpServletResponse response) throws IOException {
        ProposalDetails details = queries.details(id);
        ProposalDetails.Reply reply = details.replies().stream()
                .filter(r -> r.id() == replyId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("proposal_reply", replyId));
        byte[] bytes = ReplyLetter.write(content(details, reply));
        audit.record(
                AuditAction.EXPORT,
                "proposal_reply",
                replyId,
                texts.get("proposal.handling.letter.exported"),
                null,
                null);
        String name =
                texts.get("proposal.handling.letter.file", details.summary().officialNumber()) + ".docx";
        Downloads.attachment(response, Downloads.DOCX, "reply-" + replyId + ".docx", name);
        response.getOutputStream().write(bytes);
    }

    private ReplyLetter.Content content(ProposalDetails details, ProposalDetails.Reply r) {
        String replyClass =
                texts.get("proposal.reply-class." + (r.finalClass() != null ? r.finalClass() : r.replyClass()));
        String number = details.summary().officialNumber();
        String[][] facts = {
            {texts.get("proposal.handling.number"), number},
            {texts.get("proposal.handling.replyClass"), replyClass},
            {texts.get("proposal.handling.signer"), r.signer()}
        };
        LocalDate day = r.repliedAt() == null
                ? LocalDate.now(ZoneId.of("Asia/Shanghai"))
                : r.repliedAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate();
        return new ReplyLetter.Content(
                r.documentNumber(),
                texts.get(
                        "proposal.handling.letter.title",
                        committeePrefix(details.summary().committeeId()),
                        number),
                texts.get("proposal.handling.letter.salutation", proposerName(details)),
                r.letter(),
                facts,
                r.unitName(),
                ReplyLetter.date(day, texts.get("proposal.handling.letter.datePattern")),
                texts.get("proposal.handling.letter.titleFont"),
                texts.get("proposal.handling.letter.bodyFont"));
    }

    /** 政协泸州市委员会 → 政协泸州市: the title names the committee without its last word. */
    private String committeePrefix(long committeeId) {
        String suffix = texts.get("proposal.handling.letter.committeeSuffix");
        return organisation
                .committee(committeeId)
                .map(CommitteeView::name)
                .map(n -> n.endsWith(suffix) ? n.substring(0, n.length() - suffix.length()) : n)
                .orElse("");
    }

    private String proposerName(ProposalDetails details) {
        Long lead = details.summary().leadMemberId();
        String name = lead == null
                ? null
                : members.byId(lead).map(MemberSummary::name).orElse(null);
        if (name == null) {
            return texts.get("proposal.handling.letter.anonymous");
        }
        return details.signers().size() > 1 ? texts.get("proposal.handling.letter.andOthers", name) : name;
    }
}
