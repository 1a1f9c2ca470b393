package org.xieshang.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams a list as an .xlsx sheet: a bold header row, then one row per record. Rows are written as they come so an
 * export of a large list keeps little in memory.
 */
public final class Spreadsheet {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int FLUSH_EVERY = 1000;

    private Spreadsheet() {}

    /** Receives rows; each row is a list of cell values (String, Number, Boolean, LocalDate, OffsetDateTime, null). */
    public interface RowSink {
        void row(List<?> cells);
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, Consumer<RowSink> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "Xieshang", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
        }
        int[] next = {1};
        rows.accept(cells -> {
            int r = next[0]++;
            for (int c = 0; c < cells.size(); c++) {
                writeCell(sheet, r, c, cells.get(c));
            }
            if (r % FLUSH_EVERY == 0) {
                flush(sheet);
            }
        });
        workbook.finish();
    }

    /** Sends the sheet as a download named {@code fileName}.xlsx (Chinese names are encoded per RFC 6266). */
    public static void download(
            HttpServletResponse response,
            String fileName,
            String sheetName,
            List<String> headers,
            Consumer<RowSink> rows)
            throws IOException {
        Downloads.attachment(response, Downloads.XLSX, "export.xlsx", fileName + ".xlsx");
        write(response.getOutputStream(), sheetName, headers, rows);
    }

    private static void writeCell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(r, c, bool);
        } else if (value instanceof LocalDate date) {
            sheet.inlineString(r, c, date.toString());
        } else if (value instanceof OffsetDateTime time) {
            sheet.inlineString(
                    r,
                    c,
                    time.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).format(DATE_TIME));
        } else {
            sheet.inlineString(r, c, value.toString());
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
