package org.jindu.read.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.InternalErrorException;
import org.jindu.exception.JinduException;
import org.jindu.read.ReadFailures;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an XLSX/XLSM package as a stream of SAX events (POI's event API): a sheet's
 * XML is never held as objects, only the displayed text of its cells. POI's {@code ZipSecureFile}
 * guards the unzipping: an entry that inflates more than 100 times its compressed size (a zip bomb)
 * stops the read.
 */
final class XlsxSheets {
    private XlsxSheets() {
    }

    static List<SheetGrid> read(byte[] bytes, String name, DataFormatter formatter, Budget budget)
            throws JinduException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            Map<String, Boolean> hidden = sheetStates(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false); // no phonetic runs
            StylesTable styles = reader.getStylesTable();
            List<SheetGrid> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            int index = 0;
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String sheetName = it.getSheetName();
                    SheetGrid grid = new SheetGrid(sheetName, index++, hidden.getOrDefault(sheetName, false));
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new SheetHandler(grid, budget,
                            new XSSFSheetXMLHandler(styles, null, strings, new Cells(grid, budget), formatter, false)));
                    xml.parse(new InputSource(in));
                    sheets.add(grid);
                }
            }
            return sheets;
        } catch (Budget.Exceeded e) {
            throw e.reason;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException e) {
            throw damaged(name, e);
        } catch (RuntimeException e) {
            // POI's runtime exceptions (OpenXML4JRuntimeException, POIXMLException, IllegalArgument...) are
            // the workbook's fault; the same thrown by jindu's own handlers are jindu's bug
            if (ReadFailures.thrownByJindu(e)) throw new InternalErrorException(name, e);
            throw damaged(name, e);
        }
    }

    private static CorruptDocumentException damaged(String name, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (why.contains("Zip bomb"))
            return new CorruptDocumentException(name, "is an Excel package whose parts inflate far beyond their"
                    + " compressed size (a zip bomb); it was not read", e);
        return new CorruptDocumentException(name, "is an Excel workbook (XLSX) that is damaged: " + firstLine(why), e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Sheet name to hidden ({@code state="hidden"} or {@code "veryHidden"}), from workbook.xml. */
    private static Map<String, Boolean> sheetStates(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<String, Boolean> out = new HashMap<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if ("sheet".equals(local)) {
                        String state = atts.getValue("state");
                        out.put(atts.getValue("name"), state != null && !state.equals("visible"));
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return out;
    }

    /** Takes what POI's handler does not pass on: hidden rows and merged regions. */
    private static final class SheetHandler extends DefaultHandler {
        private final SheetGrid grid;
        private final XSSFSheetXMLHandler cells;
        private final Budget budget;

        SheetHandler(SheetGrid grid, Budget budget, XSSFSheetXMLHandler cells) {
            this.grid = grid;
            this.budget = budget;
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if ("row".equals(local)) {
                budget.row();
                String r = atts.getValue("r");
                String hiddenFlag = atts.getValue("hidden");
                int index = r == null ? (grid.rows.isEmpty() ? 0 : grid.rows.get(grid.rows.size() - 1).index + 1)
                        : rowNumber(r) - 1;
                grid.rows.add(new SheetGrid.GridRow(index, "1".equals(hiddenFlag) || "true".equals(hiddenFlag)));
            } else if ("mergeCell".equals(local)) {
                String ref = atts.getValue("ref");
                if (ref != null) {
                    CellRangeAddress a = CellRangeAddress.valueOf(ref);
                    grid.merges.add(new SheetGrid.Merge(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(),
                            a.getLastColumn()));
                }
            }
            cells.startElement(uri, local, qName, atts);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            cells.endElement(uri, local, qName);
        }

        /** A row's {@code r}, 1-based; anything but a positive number is the sheet's fault, not jindu's. */
        private int rowNumber(String r) throws SAXException {
            try {
                int n = Integer.parseInt(r.trim());
                if (n >= 1) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new SAXException("sheet \"" + grid.name + "\" has a row numbered \"" + r + "\"");
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cells.characters(ch, start, length);
        }
    }

    /** Puts each cell's displayed text into the row that {@link SheetHandler} opened. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetGrid grid;
        private final Budget budget;

        Cells(SheetGrid grid, Budget budget) {
            this.grid = grid;
            this.budget = budget;
        }

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (formattedValue == null || formattedValue.isEmpty() || grid.rows.isEmpty()) return;
            SheetGrid.GridRow row = grid.rows.get(grid.rows.size() - 1);
            int column = reference == null ? (row.cells.isEmpty() ? 0 : row.cells.lastKey() + 1)
                    : new CellReference(reference).getCol();
            budget.text(formattedValue.length());
            row.cells.put(column, ExcelReader.normalise(formattedValue));
        }
    }
}
