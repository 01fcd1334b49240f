package org.jindu.read.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jindu.exception.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.model.Warning;
import org.jindu.read.DocumentReader;
import org.jindu.read.ReadContext;

/**
 * Reads an Excel ledger (台账): {@code .xlsx}/{@code .xlsm} streamed through POI's event API, and
 * {@code .xls} (also WPS {@code .et} saved in the Excel binary format) through HSSF.
 *
 * <ul>
 *   <li>cells read as Excel shows them (POI's {@link DataFormatter}: a 序号 stored as 1.0 reads "1", a
 *       date as its format writes it, a formula by its cached value); a line break inside a cell is a
 *       paragraph break;</li>
 *   <li>merged regions become cells spanning columns, and cells continuing a merge down;</li>
 *   <li>every sheet is looked at: those with a progress report's header row are read, in workbook
 *       order; the others (a 填报说明 sheet) are skipped with a {@value #SHEET_SKIPPED} warning naming
 *       them; hidden sheets and hidden rows are skipped with a {@value #HIDDEN_SKIPPED} warning;</li>
 *   <li>the rows above a sheet's header (a merged title, "填报单位：…  填报日期：…") become paragraphs, so
 *       they give the title, organization and period as the other formats' paragraphs do; a sheet
 *       with no section heading of its own whose name is one ("二、重大工程") gets it as a heading.</li>
 * </ul>
 *
 * Limits: more rows in the workbook than {@code Limits.maxRows}, more characters of cell text than
 * {@code Limits.maxDecompressedBytes}, or a read past the time budget fail
 * with {@code DocumentTooLargeException}; a package part that inflates more than 100 times its size
 * (POI's {@code ZipSecureFile}) fails as corrupt.
 *
 * <p>Every record's location has {@code table}, the sheet's 0-based position in the workbook, and
 * {@code rows}, 0-based sheet rows (Excel's row number minus one).
 */
public abstract sealed class ExcelReader implements DocumentReader permits XlsxReader, XlsReader {
    /** A sheet without a progress report's header row was not read. */
    public static final String SHEET_SKIPPED = "SHEET_SKIPPED";
    /** Hidden sheets or hidden rows were not read. */
    public static final String HIDDEN_SKIPPED = "HIDDEN_SKIPPED";

    ExcelReader() {
    }

    /** The workbook's sheets as Excel shows them. */
    abstract List<SheetGrid> sheets(byte[] bytes, String name, DataFormatter formatter, Budget budget)
            throws JinduException;

    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        List<SheetGrid> sheets = sheets(bytes, name, formatter(), new Budget(context));
        List<Block> blocks = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        SheetLayout.build(sheets, blocks, warnings);
        return new Layout(format(), null, blocks, warnings);
    }

    /**
     * The date formats that Chinese Excel numbers among its built-in ones (ECMA-376 Part 1, 18.8.30,
     * zh-cn): a file refers to them by number alone, and POI knows them only as "reserved".
     */
    private static final Map<Integer, String> CHINESE_BUILTIN_DATES = Map.ofEntries(
            Map.entry(14, "yyyy/m/d"), Map.entry(27, "yyyy\"年\"m\"月\""), Map.entry(28, "m\"月\"d\"日\""),
            Map.entry(29, "m\"月\"d\"日\""), Map.entry(30, "m-d-yy"), Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""),
            Map.entry(36, "yyyy\"年\"m\"月\""), Map.entry(50, "yyyy\"年\"m\"月\""),
            Map.entry(51, "m\"月\"d\"日\""), Map.entry(52, "yyyy\"年\"m\"月\""), Map.entry(53, "m\"月\"d\"日\""),
            Map.entry(54, "m\"月\"d\"日\""), Map.entry(57, "yyyy\"年\"m\"月\""), Map.entry(58, "m\"月\"d\"日\""));
    /** A quoted literal of a number format without ASCII letters: "年". */
    private static final Pattern QUOTED_LITERAL = Pattern.compile("\"([^\"A-Za-z]*)\"");
    /** A backslash-escaped literal that is not an ASCII letter: \年, as LibreOffice writes them. */
    private static final Pattern ESCAPED_LITERAL = Pattern.compile("\\\\([^A-Za-z])");

    /**
     * POI's formatter for the genre's locale, showing dates as Chinese Excel does: the built-in short
     * date (format 14, which POI writes m/d/yy) as 2021/9/30, the Chinese built-in date formats by their
     * number, and literals such as {@code yyyy"年"m"月"d"日"} or {@code yyyy\年m\月d\日} without their quotes or
     * backslashes (POI keeps both in dates).
     */
    static DataFormatter formatter() {
        DataFormatter f = new DataFormatter(Locale.CHINA) {
            @Override
            public String formatRawCellContents(double value, int formatIndex, String formatString,
                                                boolean use1904Windowing) {
                String builtin = CHINESE_BUILTIN_DATES.get(formatIndex);
                if (builtin != null && (formatIndex == 14 || formatString == null
                        || formatString.startsWith("reserved") || formatString.equals("General")))
                    formatString = builtin;
                if (formatString != null && (formatString.indexOf('"') >= 0 || formatString.indexOf('\\') >= 0)
                        && DateUtil.isADateFormat(formatIndex, formatString)) {
                    formatString = QUOTED_LITERAL.matcher(formatString).replaceAll("$1");
                    formatString = ESCAPED_LITERAL.matcher(formatString).replaceAll("$1");
                }
                return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            }
        };
        f.setUseCachedValuesForFormulaCells(true);
        return f;
    }

    /** A cell's text with its line ends made "\n". */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
