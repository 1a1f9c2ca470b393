package org.xieshang.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Exports follow the reader's script: the text of Word and Excel files changes, font names and markup do not. */
class OfficeDocumentScriptTests {

    static final ChineseScript SCRIPT = new ChineseScript();
    final OfficeDocumentScript documents = new OfficeDocumentScript(SCRIPT);

    @Test
    void aWordDocumentsTextBecomesTraditionalButItsFontNamesStayAsWritten() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setText("关于发展乡村旅游的建议");
            run.setFontFamily("方正小标宋简体", XWPFRun.FontCharRange.eastAsia);
            doc.createTable(1, 1).getRow(0).getCell(0).setText("头发与干部");
            doc.write(out);
        }

        byte[] converted = documents.convert(out.toByteArray(), Script.TRADITIONAL);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(converted))) {
            XWPFRun run = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(run.text()).isEqualTo("關於發展鄉村旅遊的建議");
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("頭髮與幹部");
        }
    }

    @Test
    void anExcelSheetsStringsBecomeTraditionalAndItsNumbersStay() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook book = new Workbook(out, "xieshang", "1.0");
        Worksheet sheet = book.newWorksheet("名册");
        sheet.value(0, 0, "所属党派团体");
        sheet.value(0, 1, 2846);
        book.finish();

        byte[] converted = documents.convert(out.toByteArray(), Script.TRADITIONAL);

        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(converted))) {
            assertThat(xlsx.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("所屬黨派團體");
            assertThat(xlsx.getSheetAt(0).getRow(0).getCell(1).getNumericCellValue())
                    .isEqualTo(2846);
        }
        assertThat(documents.convert(converted, Script.SIMPLIFIED))
                .as("and back")
                .satisfies(back -> {
                    try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(back))) {
                        assertThat(xlsx.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                                .isEqualTo("所属党派团体");
                    }
                });
    }

    @Test
    void somethingThatIsNotAnOfficeDocumentComesBackUnchanged() {
        assertThat(documents.convert(new byte[0], Script.TRADITIONAL)).isEmpty();
        byte[] text = "发展".getBytes(StandardCharsets.UTF_8);
        assertThat(documents.convert(text, Script.TRADITIONAL)).isSameAs(text);
    }
}
