package org.jindu.cli.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jindu.model.Metric;
import org.jindu.timeline.FigureSeries;
import org.jindu.timeline.Flag;
import org.jindu.timeline.PeriodColumn;
import org.jindu.timeline.TaskPeriod;
import org.jindu.timeline.TaskTimeline;
import org.jindu.timeline.Timeline;

/**
 * Timelines as one table: a row per task, and per period a group of columns: the progress, the figures,
 * and one column per {@link Flag}. Written as CSV (UTF-8 with a byte-order mark, so Excel reads the
 * Chinese right) or as an XLSX sheet per timeline.
 */
public final class TimelineTable {
    /** The columns before the period groups. */
    static final List<String> TASK_COLUMNS = List.of("organization", "year", "section", "document", "item", "seq", "content");

    private TimelineTable() {
    }

    /** The header: the task columns, then per period {@code <label> progress}, {@code <label> figures}, one per flag. */
    public static List<String> header(Timeline t) {
        List<String> h = new ArrayList<>(TASK_COLUMNS);
        for (PeriodColumn p : t.periods()) {
            h.add(p.label() + " progress");
            h.add(p.label() + " figures");
            for (Flag f : Flag.values()) h.add(p.label() + " " + f);
        }
        return h;
    }

    /** One row per task; a flag column holds {@code true} or {@code false}, absent text is null. */
    public static List<List<Object>> rows(Timeline t) {
        List<List<Object>> rows = new ArrayList<>();
        for (TaskTimeline task : t.tasks()) {
            List<Object> row = new ArrayList<>();
            row.add(t.organization());
            row.add(t.year());
            row.add(task.section());
            row.add(task.document());
            row.add(task.item());
            row.add(task.seq());
            row.add(task.content());
            for (int p = 0; p < t.periods().size(); p++) {
                TaskPeriod tp = task.periods().get(p);
                row.add(tp.progress());
                row.add(tp.present() ? figures(task, p) : null);
                for (Flag f : Flag.values()) row.add(tp.flags().contains(f));
            }
            rows.add(row);
        }
        return rows;
    }

    /** "招聘补充教师 879人; 义务教育阶段学校 694所": each series' figure in period {@code p}. */
    static String figures(TaskTimeline task, int p) {
        List<String> parts = new ArrayList<>();
        for (FigureSeries s : task.figures()) {
            Metric m = s.metrics().get(p);
            if (m == null) continue;
            String name = s.subject() != null ? s.subject() : s.category();
            parts.add(name + " " + m.text().replaceAll("\\s+", ""));
        }
        return String.join("; ", parts);
    }

    /** All timelines as one CSV: a header per timeline, since their periods differ; an empty line between. */
    public static void csv(List<Timeline> timelines, Writer out) throws IOException {
        out.write('\uFEFF');
        CsvMapper mapper = new CsvMapper();
        var writer = mapper.writer(CsvSchema.emptySchema().withLineSeparator("\n"));
        boolean first = true;
        for (Timeline t : timelines) {
            if (!first) out.write('\n');
            first = false;
            out.write(writer.writeValueAsString(header(t).toArray()));
            for (List<Object> row : rows(t)) {
                Object[] cells = row.stream().map(v -> v == null ? "" : v instanceof Boolean b ? (b ? "1" : "") : v.toString()).toArray();
                out.write(writer.writeValueAsString(cells));
            }
        }
        out.flush();
    }

    /** An XLSX workbook, one sheet per timeline ("市教育局 2021"), the period groups under merged headings. */
    public static void xlsx(List<Timeline> timelines, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            List<String> names = new ArrayList<>();
            for (Timeline t : timelines) {
                String name = sheetName(t, names);
                names.add(name);
                Sheet sheet = book.createSheet(name);
                List<String> header = header(t);
                Row groups = sheet.createRow(0);
                Row columns = sheet.createRow(1);
                int perPeriod = 2 + Flag.values().length;
                for (int c = 0; c < header.size(); c++) {
                    String h = header.get(c);
                    if (c < TASK_COLUMNS.size()) {
                        columns.createCell(c).setCellValue(h);
                    } else {
                        int p = (c - TASK_COLUMNS.size()) / perPeriod;
                        String label = t.periods().get(p).label();
                        columns.createCell(c).setCellValue(h.substring(label.length() + 1));
                        if ((c - TASK_COLUMNS.size()) % perPeriod == 0) {
                            groups.createCell(c).setCellValue(label);
                            groups.getCell(c).setCellStyle(head);
                            sheet.addMergedRegion(new CellRangeAddress(0, 0, c, c + perPeriod - 1));
                        }
                    }
                    columns.getCell(c).setCellStyle(head);
                    boolean text = h.endsWith(" progress") || h.endsWith(" figures") || h.equals("content");
                    sheet.setColumnWidth(c, 256 * (text ? 40 : Math.max(6, Math.min(20, h.length() + 2))));
                }
                sheet.createFreezePane(TASK_COLUMNS.size(), 2);
                int r = 2;
                for (List<Object> values : rows(t)) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) continue;
                        var cell = row.createCell(c);
                        if (v instanceof Boolean b) cell.setCellValue(b);
                        else if (v instanceof Number n) cell.setCellValue(new BigDecimal(n.toString()).doubleValue());
                        else {
                            String s = v.toString();
                            cell.setCellValue(s.length() > 32_767 ? s.substring(0, 32_766) + "…" : s);
                            cell.setCellStyle(wrap);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }

    /** A sheet name Excel accepts (31 characters, none of []:*?/\) and not taken yet. */
    private static String sheetName(Timeline t, List<String> taken) {
        String base = ((t.organization() == null ? "unnamed" : t.organization()) + (t.year() == null ? "" : " " + t.year()))
                .replaceAll("[\\[\\]:*?/\\\\]", "_");
        if (base.length() > 28) base = base.substring(0, 28);
        String name = base;
        for (int i = 2; taken.contains(name); i++) name = base + " " + i;
        return name;
    }
}
