package org.jindu.read.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.JinduParser;
import org.jindu.read.Limits;
import org.jindu.exception.UnsupportedFormatException;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Excel reader on small workbooks written here, each feature in both formats. */
class ExcelReaderTest {
    static final List<String> HEADER = List.of("序号", "工作任务", "责任单位", "进展情况");

    private static Supplier<Workbook> workbook(String kind) {
        return kind.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void hiddenRowsAndSheetsAreSkippedAndSaid(String kind) throws Exception {
        Workbook wb = workbook(kind).get();
        Sheet secret = wb.createSheet("底稿");
        rows(secret, HEADER, List.of("1", "不应读到的任务", "办公室", "草稿"));
        Sheet sheet = wb.createSheet("进展");
        rows(sheet, HEADER, List.of("1", "修缮校舍", "基建科", "已完成"), List.of("2", "隐藏的任务", "财务科", "未公开"),
                List.of("3", "招聘教师", "人事科", "已招聘。"));
        sheet.getRow(2).setZeroHeight(true);
        wb.setSheetHidden(0, true);
        Report report = Jindu.parse(bytes(wb), "hidden." + kind);
        assertEquals(List.of("修缮校舍", "招聘教师"), report.records().stream().map(TaskRecord::content).toList());
        assertEquals(List.of(
                new Warning(ExcelReader.HIDDEN_SKIPPED, "hidden sheet(s) were not read: \"底稿\"; sheet \"进展\":"
                        + " 1 hidden row(s) were not read (row 3)"),
                new Warning(Warning.NO_TITLE, "no title line was found before the table")), report.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aUnitMergedDownAppliesToEveryRowItSpans(String kind) throws Exception {
        Workbook wb = workbook(kind).get();
        Sheet sheet = wb.createSheet("进展");
        rows(sheet, List.of("某局2021年上半年重点工作进展情况"), HEADER, List.of("1", "修缮校舍", "基建科、财务科", "已完成"),
                List.of("2", "添置设备", "", "已采购"), List.of("3", "招聘教师", "人事科", "已招聘"));
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        Report report = Jindu.parse(bytes(wb), "merged." + kind);
        List<TaskRecord> records = report.records();
        assertEquals(List.of("基建科", "财务科"), records.get(0).departments());
        assertEquals(List.of("基建科", "财务科"), records.get(1).departments());
        assertEquals(List.of("人事科"), records.get(2).departments());
        assertEquals("某局2021年上半年重点工作进展情况", report.title());
        assertEquals("某局", report.organization());
        assertEquals(List.of(), report.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void cellsReadAsExcelShowsThem(String kind) throws Exception {
        Workbook wb = workbook(kind).get();
        Sheet sheet = wb.createSheet("进展");
        rows(sheet, List.of("序号", "工作任务", "进展情况", "完成时限", "完成进度", "资金"));
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue(1.0);
        row.createCell(1).setCellValue("修缮校舍");
        row.createCell(2).setCellValue("第一段。\r\n第二段。");
        date(wb, row.createCell(3), (short) 31); // Chinese Excel's built-in yyyy"年"m"月"d"日"
        Cell share = row.createCell(4);
        share.setCellValue(0.25);
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        share.setCellStyle(pct);
        Cell sum = row.createCell(5);
        sum.setCellFormula("1200+34.5");
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        sum.setCellStyle(money);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        TaskRecord r = Jindu.parse(bytes(wb), "cells." + kind).records().get(0);
        assertEquals("1", r.seq());
        assertEquals("第一段。\n第二段。", r.progress());
        assertEquals(List.of("第一段。", "第二段。"), r.progressItems());
        assertEquals("2021年9月30日", r.extra().get("完成时限"));
        assertEquals("25.0%", r.extra().get("完成进度"));
        assertEquals("1,234.50", r.extra().get("资金"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void withoutAnyReportSheetEverySheetIsReadAndNothingIsLost(String kind) throws Exception {
        Workbook wb = workbook(kind).get();
        rows(wb.createSheet("Sheet1"), List.of("姓名", "电话"), List.of("张三", "13800000000"));
        Report report = Jindu.parse(bytes(wb), "other." + kind);
        assertEquals(List.of(), report.records());
        List<String> codes = report.warnings().stream().map(Warning::code).toList();
        assertTrue(codes.contains(Warning.NO_TABLE), codes.toString());
        assertTrue(!codes.contains(ExcelReader.SHEET_SKIPPED), codes.toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.message().contains("张三")), report.warnings().toString());
    }

    @Test
    void moreRowsThanTheLimitIsTooLarge() throws Exception {
        Workbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("进展");
        rows(sheet, HEADER);
        for (int i = 1; i <= 50; i++) rows(sheet, i, List.of(String.valueOf(i), "任务" + i, "办公室", "已完成"));
        JinduParser parser = JinduParser.builder().limits(Limits.DEFAULT.withMaxRows(20)).build();
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> parser.parse(bytes(wb), "long.xlsx"));
        assertEquals("TOO_LARGE", e.code());
        assertTrue(e.getMessage().contains("more than 20 rows"), e.getMessage());
    }

    @Test
    void moreCellTextThanTheLimitIsTooLarge() throws Exception {
        Workbook wb = new HSSFWorkbook();
        Sheet sheet = wb.createSheet("进展");
        rows(sheet, HEADER);
        for (int i = 1; i <= 20; i++) rows(sheet, i, List.of(String.valueOf(i), "任务" + i, "办公室", "已完成".repeat(50)));
        JinduParser parser = JinduParser.builder().limits(Limits.DEFAULT.withMaxDecompressedBytes(1000)).build();
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class,
                () -> parser.parse(bytes(wb), "wordy.xls"));
        assertTrue(e.getMessage().contains("characters of cell text"), e.getMessage());
    }

    @Test
    void aZipBombIsRefusedBeforeItsSheetIsRead() throws Exception {
        byte[] bomb = Files.readAllBytes(Fixtures.file("bad/zip-bomb.xlsx"));
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> Jindu.parse(bomb, "bomb.xlsx"));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void anXlsbWorkbookIsNamedAsUnsupported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
            zip.write(new byte[] {1, 2, 3});
        }
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class,
                () -> Jindu.parse(out.toByteArray(), "ledger.xlsb"));
        assertTrue(e.detected().contains("XLSB"), e.detected());
    }

    @Test
    void aWpsEtFileInWpsOwnFormatIsNamedAsUnsupported() {
        byte[] et = new byte[600];
        for (int i = 0; i < et.length; i++) et[i] = (byte) (i * 7 + 3);
        et[10] = 0;
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class, () -> Jindu.parse(et, "台账.et"));
        assertTrue(e.detected().contains("WPS"), e.detected());
    }

    @Test
    void anEtFileInTheExcelBinaryFormatIsRead() throws Exception {
        Workbook wb = new HSSFWorkbook();
        rows(wb.createSheet("进展"), HEADER, List.of("1", "修缮校舍", "基建科", "已完成"));
        Report report = Jindu.parse(bytes(wb), "台账.et");
        assertEquals("xls", report.document().format());
        assertEquals(1, report.records().size());
    }

    // ---- helpers

    @SafeVarargs
    private static void rows(Sheet sheet, List<String>... rows) {
        for (List<String> r : rows) rows(sheet, sheet.getPhysicalNumberOfRows(), r);
    }

    private static void rows(Sheet sheet, int index, List<String> texts) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < texts.size(); c++) if (!texts.get(c).isEmpty()) row.createCell(c).setCellValue(texts.get(c));
    }

    private static void date(Workbook wb, Cell cell, short format) {
        cell.setCellValue(LocalDate.of(2021, 9, 30));
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(format);
        cell.setCellStyle(style);
    }

    private static byte[] bytes(Workbook wb) throws Exception {
        try (wb) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
