package org.jindu.read.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.jindu.Fixtures;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.InternalErrorException;
import org.jindu.exception.JinduException;
import org.jindu.read.ReadContext;
import org.junit.jupiter.api.Test;

/**
 * Whose fault a failure is: a workbook that breaks the format is {@code CORRUPT}; a fault in jindu's own
 * code while a workbook is read is jindu's bug ({@code INTERNAL}), never blamed on the workbook.
 */
class ExcelFaultsTest {

    /** A formatter whose number formatting throws, the way a bug in jindu's own cell code would. */
    private static final class BrokenFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            throw new IllegalStateException("a bug in jindu's number formatting");
        }
    }

    @Test
    void aBugWhileReadingAnXlsIsInternal() throws Exception {
        // the seed ledger's 序号 and 完成进度 columns are number cells: jindu formats each one
        byte[] bytes = Files.readAllBytes(Fixtures.file("excel/seed-ledger.xls"));
        JinduException e = assertThrows(JinduException.class, () -> XlsSheets.read(bytes, "seed-ledger.xls",
                new BrokenFormatter(), new Budget(ReadContext.defaults("seed-ledger.xls"))));
        assertEquals(InternalErrorException.class, e.getClass(), e.getMessage());
    }

    @Test
    void anXlsxRowNumberThatIsNoNumberIsTheWorkbooksFault() throws Exception {
        byte[] bytes = withRowNumber(Files.readAllBytes(Fixtures.file("excel/seed-ledger.xlsx")), "5", "x5");
        JinduException e = assertThrows(JinduException.class, () -> XlsxSheets.read(bytes, "bad-row.xlsx",
                new DataFormatter(), new Budget(ReadContext.defaults("bad-row.xlsx"))));
        assertEquals(CorruptDocumentException.class, e.getClass(), e.getMessage());
        assertTrue(e.getMessage().contains("row numbered \"x5\""), e.getMessage());
    }

    /** The package with one row's {@code r="from"} in its second sheet turned into {@code r="to"}. */
    private static byte[] withRowNumber(byte[] xlsx, String from, String to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    String changed = xml.replace("<row r=\"" + from + "\"", "<row r=\"" + to + "\"");
                    assertTrue(!changed.equals(xml), "the sheet has a row " + from);
                    data = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
