package org.jindu.cli.batch;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the {@link Tables} to one Excel workbook, a sheet each, with a bold, frozen header row and
 * column widths from the header and the first rows. Rows are streamed to disk as they are written
 * (POI's SXSSF), so a large store does not have to fit in memory. Numbers are number cells, text is
 * text; a text longer than Excel's limit of 32,767 characters is cut there and ends in "…".
 */
public final class XlsxExport {
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Rows looked at for the column widths. */
    private static final int WIDTH_SAMPLE = 200;
    /** Widths in characters, as Excel counts them. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** Excel's last row, the header included. */
    private static final int MAX_ROWS = 1_048_576;

    private XlsxExport() {
    }

    public static void write(Connection connection, Path file) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WIDTH_SAMPLE)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (Tables table : Tables.values()) {
                SXSSFSheet sheet = workbook.createSheet(table.tableName());
                sheet.createFreezePane(0, 1);
                table.read(connection, new Sink(sheet, header));
            }
            // a temporary file renamed at the end: a full disk leaves no broken workbook in its place
            try (OutputFile out = OutputFile.open(file)) {
                workbook.write(out.stream());
                out.commit();
            }
            workbook.dispose();
        }
    }

    private static final class Sink implements Tables.RowSink {
        private final SXSSFSheet sheet;
        private final CellStyle headerStyle;
        private final List<Integer> widths = new ArrayList<>();
        private int rows;

        Sink(SXSSFSheet sheet, CellStyle headerStyle) {
            this.sheet = sheet;
            this.headerStyle = headerStyle;
        }

        @Override
        public void header(List<String> columns) {
            Row row = sheet.createRow(rows++);
            for (int i = 0; i < columns.size(); i++) {
                row.createCell(i).setCellValue(columns.get(i));
                row.getCell(i).setCellStyle(headerStyle);
                widths.add(width(columns.get(i)));
                setWidth(i);
            }
        }

        @Override
        public void row(List<Object> values) {
            if (rows >= MAX_ROWS) {
                throw new IllegalStateException("the " + sheet.getSheetName() + " table has more rows than an"
                        + " Excel sheet holds (" + (MAX_ROWS - 1) + "); export it as CSV or query the database");
            }
            Row row = sheet.createRow(rows);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Long l) {
                    row.createCell(i).setCellValue(l.doubleValue());
                } else if (v instanceof Double d) {
                    row.createCell(i).setCellValue(d);
                } else if (v != null) {
                    row.createCell(i).setCellValue(cut(v.toString()));
                }
                if (rows <= WIDTH_SAMPLE && v != null) {
                    int w = width(v.toString());
                    if (w > widths.get(i)) {
                        widths.set(i, w);
                        setWidth(i);
                    }
                }
            }
            rows++;
        }

        private void setWidth(int column) {
            sheet.setColumnWidth(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths.get(column) + 1)) * 256);
        }

        /** The width of a text's longest line in Excel characters; a Chinese character takes two. */
        private static int width(String text) {
            int best = 0;
            int current = 0;
            for (int i = 0; i < text.length() && best < MAX_WIDTH; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    best = Math.max(best, current);
                    current = 0;
                } else {
                    current += c >= 0x2E80 ? 2 : 1;
                }
            }
            return Math.max(best, current);
        }
    }

    static String cut(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…";
    }
}
