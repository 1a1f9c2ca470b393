package org.xieshang.platform;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;

/**
 * Run and table helpers for the official layout. Chinese fonts need {@code w:eastAsia} set by name (and the theme font
 * removed, or Word prefers it); POI writes no {@code w:tblGrid}, without which LibreOffice shrinks the table. Shared by
 * every module that writes Word documents (proposal forms and reply letters, the 《社情民意》 issue).
 */
public final class WordStyle {

    private WordStyle() {}

    public static XWPFRun run(XWPFParagraph paragraph, String text, String font, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontSize(points);
        run.setBold(bold);
        font(run, font);
        return run;
    }

    /** Several lines in one run, with breaks between them (letters keep the proposer's paragraphs). */
    public static void lines(XWPFParagraph paragraph, String text, String font, int points) {
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        XWPFRun run = run(paragraph, lines[0], font, points, false);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(lines[i]);
        }
    }

    public static void font(XWPFRun run, String font) {
        CTRPr pr =
                run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        if (fonts.isSetEastAsiaTheme()) {
            fonts.unsetEastAsiaTheme();
        }
    }

    public static XWPFParagraph paragraph(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /** Column widths in twentieths of a point, written as the table grid; the table spans them. */
    public static void grid(XWPFTable table, int... widths) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.addNewTblW().setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.getRows().forEach(row -> {
            for (int c = 0; c < row.getTableCells().size() && c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        });
    }
}
