package org.xieshang.proposal.documents.reply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.xieshang.platform.WordStyle;

/**
 * The reply letter 答复函 in the official layout (GB/T 9704 in spirit): the unit's document number at the top right,
 * the title in 小标宋 二号, the salutation, the body in 仿宋_GB2312 三号 with a two-character first-line indent, a
 * small table of the facts (number, class, signer), then the unit and the date at the right. Fonts are named for
 * East Asian text ({@code w:eastAsia}) so Word picks them for Chinese; the table carries its {@code w:tblGrid}.
 */
final class ReplyLetter {

    /** Everything the letter prints, already in Chinese (texts come from the bundle, not from here). */
    record Content(
            String documentNumber,
            String title,
            String salutation,
            String body,
            String[][] facts,
            String unitName,
            String date,
            String titleFont,
            String bodyFont) {}

    private ReplyLetter() {}

    static byte[] write(Content content) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, content.documentNumber(), ParagraphAlignment.RIGHT, content.bodyFont(), 16, false);
            paragraph(doc, content.title(), ParagraphAlignment.CENTER, content.titleFont(), 22, false);
            paragraph(doc, content.salutation(), ParagraphAlignment.LEFT, content.bodyFont(), 16, false);
            for (String line : content.body().split("\\R")) {
                if (!line.isBlank()) {
                    paragraph(doc, line.strip(), ParagraphAlignment.BOTH, content.bodyFont(), 16, true);
                }
            }
            facts(doc, content.facts(), content.bodyFont());
            paragraph(doc, content.unitName(), ParagraphAlignment.RIGHT, content.bodyFont(), 16, false);
            paragraph(doc, content.date(), ParagraphAlignment.RIGHT, content.bodyFont(), 16, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(
            XWPFDocument doc, String text, ParagraphAlignment align, String font, int size, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        if (indent) {
            p.setIndentationFirstLine(size * 20 * 2);
        }
        WordStyle.run(p, text, font, size, false);
    }

    /** Two columns: label and value, with an explicit grid (Word and WPS lay the table out from it). */
    private static void facts(XWPFDocument doc, String[][] rows, String font) {
        XWPFTable table = doc.createTable(rows.length, 2);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 2; j++) {
                WordStyle.run(table.getRow(i).getCell(j).getParagraphs().get(0), rows[i][j], font, 14, false);
            }
        }
        WordStyle.grid(table, 2400, 6600);
    }

    static String date(LocalDate day, String pattern) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern(pattern));
    }
}
