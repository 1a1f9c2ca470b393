package org.xieshang.member.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an uploaded workbook as text: the header row, then each non-blank row with its row number as
 * Excel shows it. Numbers come back as plain digits (a mobile typed as a number stays 13900000000) and date-formatted
 * cells as yyyy-MM-dd, so the import checks one form of each value.
 */
record RosterSheet(List<String> headers, List<SheetRow> rows) {

    /** One row: its number in Excel (the header is row 1) and its cells as trimmed text ("" when empty). */
    record SheetRow(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** Reads at most {@code maxRows} data rows; more makes {@link #truncated()} true. */
    static RosterSheet read(InputStream in, int maxRows) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<String> headers = new ArrayList<>();
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = texts(row);
                if (row.getRowNum() == 1) {
                    headers.addAll(cells);
                } else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new SheetRow(row.getRowNum(), cells));
                    if (rows.size() > maxRows) {
                        break;
                    }
                }
            }
            return new RosterSheet(headers, rows);
        } catch (ExcelReaderException | IllegalStateException e) {
            throw new IOException("unreadable workbook", e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER -> number(cell);
            case BOOLEAN -> String.valueOf(cell.asBoolean()).toUpperCase(Locale.ROOT);
            default -> cell.getText() == null ? "" : cell.getText().strip();
        };
    }

    private static String number(Cell cell) {
        String format = cell.getDataFormatString();
        if (format != null && isDateFormat(format)) {
            return cell.asDate().toLocalDate().toString();
        }
        BigDecimal value = cell.asNumber();
        return value.stripTrailingZeros().toPlainString();
    }

    /** Excel marks a date only by its number format: one with a day or year part (not a plain number format). */
    private static boolean isDateFormat(String format) {
        String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return !plain.equals("general") && (plain.contains("y") || plain.contains("d"));
    }
}
