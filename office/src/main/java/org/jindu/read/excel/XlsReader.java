package org.jindu.read.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.jindu.exception.JinduException;

/**
 * Excel 97-2003 workbooks ({@code .xls}), also WPS Spreadsheets' {@code .et} saved in that binary
 * format: see {@link ExcelReader}.
 */
public final class XlsReader extends ExcelReader {
    @Override
    public String format() {
        return "xls";
    }

    @Override
    List<SheetGrid> sheets(byte[] bytes, String name, DataFormatter formatter, Budget budget) throws JinduException {
        return XlsSheets.read(bytes, name, formatter, budget);
    }
}
