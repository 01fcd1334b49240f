package org.jindu.read.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.jindu.exception.JinduException;

/** Excel 2007+ workbooks ({@code .xlsx}, {@code .xlsm}), streamed: see {@link ExcelReader}. */
public final class XlsxReader extends ExcelReader {
    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    List<SheetGrid> sheets(byte[] bytes, String name, DataFormatter formatter, Budget budget) throws JinduException {
        return XlsxSheets.read(bytes, name, formatter, budget);
    }
}
