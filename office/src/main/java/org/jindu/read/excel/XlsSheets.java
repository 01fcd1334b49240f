package org.jindu.read.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.exception.UnsupportedFormatException;
import org.jindu.read.ReadFailures;

/**
 * Reads the sheets of an Excel 97-2003 workbook (BIFF8, also WPS Spreadsheets' {@code .et} when it is
 * saved in that format) with POI's HSSF. The format holds at most 65,536 rows a sheet, so the whole
 * workbook is read at once.
 */
final class XlsSheets {
    private XlsSheets() {
    }

    static List<SheetGrid> read(byte[] bytes, String name, DataFormatter formatter, Budget budget)
            throws JinduException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
             HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
            List<SheetGrid> sheets = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                SheetGrid grid = new SheetGrid(sheet.getSheetName(), s,
                        wb.isSheetHidden(s) || wb.isSheetVeryHidden(s));
                for (Row row : sheet) {
                    budget.row();
                    SheetGrid.GridRow r = new SheetGrid.GridRow(row.getRowNum(), row.getZeroHeight());
                    for (Cell cell : row) {
                        String text = text(cell, formatter);
                        if (text.isEmpty()) continue;
                        budget.text(text.length());
                        r.cells.put(cell.getColumnIndex(), ExcelReader.normalise(text));
                    }
                    grid.rows.add(r);
                }
                for (CellRangeAddress a : sheet.getMergedRegions())
                    grid.merges.add(new SheetGrid.Merge(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(),
                            a.getLastColumn()));
                sheets.add(grid);
            }
            return sheets;
        } catch (Budget.Exceeded e) {
            throw e.reason;
        } catch (OldExcelFormatException e) {
            throw new UnsupportedFormatException(name,
                    "an Excel 5.0/95 workbook (BIFF5) or older; save it as .xlsx");
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new EncryptedDocumentException(name,
                    "is an Excel 97-2003 workbook protected by a password; save a copy without a password", e);
        } catch (IOException e) {
            throw new CorruptDocumentException(name, "is an Excel 97-2003 workbook (XLS) that is damaged: " + why(e), e);
        } catch (RuntimeException e) {
            // POI's complaint is the workbook's fault; the same thrown by jindu's own code is jindu's bug
            throw ReadFailures.of(name, "is an Excel 97-2003 workbook (XLS) that is damaged: " + why(e), e);
        }
    }

    private static String why(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The cell as Excel shows it; a formula by its cached value. */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            CellStyle style = cell.getCellStyle();
            return formatter.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(),
                    style.getDataFormatString());
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
