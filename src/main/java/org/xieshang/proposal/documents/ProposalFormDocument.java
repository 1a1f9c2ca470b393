package org.xieshang.proposal.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.platform.WordStyle;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalSummary;
import org.xieshang.proposal.web.member.ProposalNames;

/**
 * The proposal form 提案表 as Word in the official layout: the title (政协泸州市委员会提案) in 方正小标宋简体, the number,
 * a facts table (案由, proposers, category, suggested units, disclosure) and the 案据 and 建议 in 仿宋_GB2312 with 黑体
 * headings. Texts and font names come from the bundle.
 */
@Component
class ProposalFormDocument {

    private static final int BODY = 16;

    private final ProposalNames names;
    private final OrganisationDirectory organisation;

    ProposalFormDocument(ProposalNames names, OrganisationDirectory organisation) {
        this.names = names;
        this.organisation = organisation;
    }

    void write(ProposalDetails details, OutputStream out) throws IOException {
        ProposalSummary s = details.summary();
        try (XWPFDocument doc = new XWPFDocument()) {
            String title = organisation
                    .committee(s.committeeId())
                    .map(CommitteeView::name)
                    .orElse("");
            XWPFParagraph head = WordStyle.paragraph(doc.createParagraph(), ParagraphAlignment.CENTER);
            WordStyle.run(head, names.text("proposal.pages.docx.title", title), font("title"), 22, false);
            XWPFParagraph number = WordStyle.paragraph(doc.createParagraph(), ParagraphAlignment.RIGHT);
            WordStyle.run(number, numberLine(s), font("body"), BODY, false);
            facts(doc, details);
            section(doc, "proposal.field.grounds", details.text().grounds());
            section(doc, "proposal.field.suggestions", details.text().suggestions());
            doc.write(out);
        }
    }

    private String numberLine(ProposalSummary s) {
        if (s.officialNumber() != null) {
            return s.officialNumber();
        }
        return s.runningNo() == null ? "" : names.text("proposal.pages.runningNoShort", s.runningNo());
    }

    private void facts(XWPFDocument doc, ProposalDetails d) {
        ProposalSummary s = d.summary();
        Map<Long, String> units = names.unitNames(s.committeeId());
        List<String[]> rows = new ArrayList<>();
        rows.add(row("proposal.field.title", s.title()));
        rows.add(row("proposal.pages.signers", proposers(d)));
        rows.add(row("proposal.field.kind", names.label("proposal.kind.", s.kind())));
        rows.add(row("proposal.field.category", names.code("proposal.category.", s.category())));
        rows.add(row(
                "proposal.field.suggestedUnitIds",
                d.text().suggestedUnitIds().stream()
                        .map(id -> units.getOrDefault(id, ""))
                        .collect(Collectors.joining(names.text("proposal.pages.docx.separator")))));
        rows.add(row(
                "proposal.pages.disclosure",
                d.text().disclosureConsent()
                        ? names.text("proposal.pages.yes")
                        : names.text("proposal.pages.no", d.text().disclosureReason())));
        XWPFTable table = doc.createTable(rows.size(), 2);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            XWPFParagraph label = row.getCell(0).getParagraphs().get(0);
            WordStyle.run(label, rows.get(i)[0], font("heading"), 14, false);
            WordStyle.lines(row.getCell(1).getParagraphs().get(0), rows.get(i)[1], font("body"), 14);
        }
        WordStyle.grid(table, 1800, 7200);
    }

    private String[] row(String labelKey, String value) {
        return new String[] {names.text(labelKey), value == null ? "" : value};
    }

    private String proposers(ProposalDetails d) {
        if (d.summary().kind() == ProposalKind.COLLECTIVE) {
            String who = names.label("proposal.collective.", d.text().collectiveProposer());
            String contact = d.text().contactName() == null ? "" : d.text().contactName();
            return names.text("proposal.pages.docx.collective", who, contact);
        }
        Map<Long, String> members = names.members(
                d.signers().stream().map(ProposalDetails.Signer::memberId).toList());
        return d.signers().stream()
                .map(g -> members.getOrDefault(g.memberId(), String.valueOf(g.memberId())))
                .collect(Collectors.joining(names.text("proposal.pages.docx.separator")));
    }

    private void section(XWPFDocument doc, String headingKey, String text) {
        WordStyle.run(doc.createParagraph(), names.text(headingKey), font("heading"), BODY, false);
        WordStyle.lines(doc.createParagraph(), text, font("body"), BODY);
    }

    private String font(String role) {
        return names.text("proposal.pages.docx.font." + role);
    }
}
