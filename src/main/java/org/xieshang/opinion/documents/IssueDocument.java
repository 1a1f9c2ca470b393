package org.xieshang.opinion.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import org.xieshang.opinion.IssueView;
import org.xieshang.opinion.PieceKind;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.platform.WordStyle;

/**
 * An issue of 《社情民意》 as Word in the periodical's layout: the masthead in 方正小标宋简体, the issue line (year and
 * number, committee, date) over a red rule, each piece's title in 黑体 and text in 仿宋_GB2312, the originals of a
 * composite piece listed under it, then a table of every report in the issue and the recipients 报送对象. Texts and
 * font names come from the bundle.
 */
@Component
class IssueDocument {

    private static final int BODY = 16;
    /** Columns of the sources table, in twentieths of a point, within the A4 text width (8844). */
    private static final int[] COLUMNS = {900, 4600, 3000};

    private final OpinionTexts texts;

    IssueDocument(OpinionTexts texts) {
        this.texts = texts;
    }

    void write(IssueView issue, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            XWPFParagraph mast = WordStyle.paragraph(doc.createParagraph(), ParagraphAlignment.CENTER);
            WordStyle.run(mast, texts.get("opinion.docx.masthead"), font("title"), 36, false)
                    .setColor("C00000");
            XWPFParagraph line = WordStyle.paragraph(doc.createParagraph(), ParagraphAlignment.CENTER);
            WordStyle.run(line, issueLine(issue), font("body"), BODY, false);
            XWPFParagraph by = WordStyle.paragraph(doc.createParagraph(), ParagraphAlignment.CENTER);
            by.setBorderBottom(Borders.SINGLE);
            WordStyle.run(by, byLine(issue), font("body"), 14, false);
            for (IssueView.Piece piece : issue.pieces()) {
                piece(doc, piece);
            }
            originals(doc, issue);
            XWPFParagraph to = doc.createParagraph();
            to.setBorderTop(Borders.SINGLE);
            String names = issue.recipients().stream()
                    .map(IssueView.Recipient::name)
                    .collect(Collectors.joining(texts.get("opinion.docx.separator")));
            WordStyle.run(to, texts.get("opinion.docx.recipients", names), font("body"), 14, false);
            doc.write(out);
        }
    }

    /** A4 with the margins of official documents (GB/T 9704: 37 mm top, 35 bottom, 28 left, 26 right). */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
    }

    private String issueLine(IssueView issue) {
        return issue.number() == null
                ? texts.get("opinion.docx.draft-number", issue.year())
                : texts.get("opinion.docx.number", issue.year(), issue.number());
    }

    private String byLine(IssueView issue) {
        String date = issue.publishedAt() == null
                ? ""
                : issue.publishedAt()
                        .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                        .toLocalDate()
                        .toString();
        return texts.get("opinion.docx.by", issue.committeeName() == null ? "" : issue.committeeName(), date);
    }

    private void piece(XWPFDocument doc, IssueView.Piece piece) {
        XWPFParagraph title = WordStyle.paragraph(doc.createParagraph(), ParagraphAlignment.CENTER);
        WordStyle.run(title, piece.title(), font("heading"), 18, false);
        for (String text : piece.body().split("\\R+")) {
            XWPFParagraph p = doc.createParagraph();
            p.setFirstLineIndent(640);
            WordStyle.run(p, text.strip(), font("body"), BODY, false);
        }
        if (piece.kind() == PieceKind.COMPOSITE) {
            XWPFParagraph head = doc.createParagraph();
            WordStyle.run(head, texts.get("opinion.docx.composite-originals"), font("heading"), 14, false);
            for (IssueView.Original o : piece.originals()) {
                XWPFParagraph p = doc.createParagraph();
                WordStyle.run(p, source(o), font("body"), 14, false);
            }
        }
    }

    /** Every report of the issue with who it came from: the office's record of what went out. */
    private void originals(XWPFDocument doc, IssueView issue) {
        XWPFParagraph head = doc.createParagraph();
        WordStyle.run(head, texts.get("opinion.docx.table"), font("heading"), 14, false);
        XWPFTable table = doc.createTable(1, 3);
        XWPFTableRow header = table.getRow(0);
        header.getCell(0).setText(texts.get("opinion.docx.column.position"));
        header.getCell(1).setText(texts.get("opinion.docx.column.title"));
        header.getCell(2).setText(texts.get("opinion.docx.column.source"));
        int n = 1;
        for (IssueView.Piece piece : issue.pieces()) {
            for (IssueView.Original o : piece.originals()) {
                XWPFTableRow row = table.createRow();
                row.getCell(0).setText(String.valueOf(n++));
                row.getCell(1).setText(o.title());
                row.getCell(2).setText(source(o));
            }
        }
        WordStyle.grid(table, COLUMNS);
    }

    private String source(IssueView.Original o) {
        String unit = o.unitName() == null ? "" : o.unitName();
        String authors = o.authorNames() == null ? "" : o.authorNames();
        return texts.get("opinion.docx.source", o.title(), unit, authors);
    }

    private String font(String role) {
        return texts.get("opinion.docx.font." + role);
    }
}
