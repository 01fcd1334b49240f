package org.jindu.read.excel;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jindu.layout.Layout;
import org.jindu.layout.Table;

/**
 * How long the XLSX reader takes on a large ledger and how much heap it needs: writes a ledger of
 * ROWS records (eight columns, a progress cell of about 60 characters with a line break) with POI's
 * streaming writer, then reads it with {@link XlsxReader} ROUNDS times. Not a test: run by
 * {@code bench/excel-bench.sh} under a small heap; see docs/formats.md.
 *
 * <p>Usage: {@code ExcelBenchmark ROWS ROUNDS}
 */
public final class ExcelBenchmark {
    private ExcelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        byte[] bytes = ledger(rows);
        System.out.printf("ledger: %d rows, %.1f MB as .xlsx%n", rows, bytes.length / 1e6);
        int count = 0;
        long best = Long.MAX_VALUE;
        long cpu = 0;
        Layout layout = null;
        var threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            layout = null;
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            layout = new XlsxReader().read(bytes, "ledger.xlsx");
            best = Math.min(best, System.nanoTime() - t);
            cpu = threads.getCurrentThreadCpuTime() - c;
            count = ((Table) layout.blocks().get(layout.blocks().size() - 1)).rows().size();
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long kept = rt.totalMemory() - rt.freeMemory();
        System.out.printf("read %d rows: best of %d rounds %.2f s, last round %.2f s of CPU; the layout holds %d MB"
                + " (heap max %d MB)%n", count, rounds, best / 1e9, cpu / 1e9, kept >> 20, rt.maxMemory() >> 20);
        if (layout.blocks().isEmpty()) throw new AssertionError("nothing read");
    }

    static byte[] ledger(int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("进展情况");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("某局2021年1-9月重点工作推进情况台账");
            Row header = sheet.createRow(1);
            String[] names = {"序号", "任务来源", "工作任务", "牵头单位", "责任人及联系电话", "进展情况", "完成进度", "备注"};
            for (int c = 0; c < names.length; c++) header.createCell(c).setCellValue(names[c]);
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("第" + i + "项");
                row.createCell(2).setCellValue("推进县乡村公共服务一体化，促进优质资源向乡村覆盖" + i);
                row.createCell(3).setCellValue("基教科、职成教科");
                row.createCell(4).setCellValue("王磊 0719-8661201");
                row.createCell(5).setCellValue("全市完成新建、改扩建公办幼儿园项目" + (i % 97) + "个。\n新增学位"
                        + (i % 5000) + "个，占计划的" + (i % 100) + "%。");
                row.createCell(6).setCellValue((i % 100) / 100.0);
                row.createCell(7).setCellValue(i % 3 == 0 ? "按季度报送" : "");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }
}
