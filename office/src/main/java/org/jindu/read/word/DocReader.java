package org.jindu.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.exception.UnsupportedFormatException;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Warning;
import org.jindu.normalize.TextCleaner;
import org.jindu.read.DocumentReader;
import org.jindu.read.Limits;
import org.jindu.read.ReadContext;
import org.jindu.read.ReadFailures;

/**
 * Reads a Word 97-2003 document (DOC, and WPS Writer files, which are the same format) with Apache
 * POI's HWPF into a {@link Layout}, as {@link DocxReader} does for DOCX.
 *
 * <ul>
 *   <li>paragraphs and tables in document order;</li>
 *   <li>a cell's column span is found from the cell edges: the format has no column grid, so the grid
 *       is every distinct cell edge of the table, and a cell spans the grid columns between its edges;
 *       a vertically merged cell that is not the first of its merge continues the cell above;</li>
 *   <li>a cell's paragraphs joined with "\n", nested tables' paragraphs included in order;</li>
 *   <li>soft line breaks (vertical tab) joined like wrapped text; fields give their result, not their
 *       code; deleted tracked changes and hidden text are dropped;</li>
 *   <li>the visible number of a paragraph in a Word list.</li>
 * </ul>
 * No POI type leaves this class.
 */
public final class DocReader implements DocumentReader {
    /** Edges closer than this (in twips) are one edge: converters round cell widths. */
    private static final int EDGE_TOLERANCE = 30;
    private static final String[] NUMBER_FORMATS = new String[256];

    static {
        String[] names = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
            "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
            "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
            "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
            "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
            "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
            "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
            "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};
        System.arraycopy(names, 0, NUMBER_FORMATS, 0, names.length);
        NUMBER_FORMATS[255] = "none";
    }

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new EncryptedDocumentException(name, "is protected by a password; save a copy without a password", e);
        } catch (OldFileFormatException e) {
            throw new UnsupportedFormatException(name, "a Word 6 or Word 95 document (application/msword)");
        } catch (IOException e) {
            throw new CorruptDocumentException(name, "is not a readable Word 97-2003 document (damaged or cut short)", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "is not a readable Word 97-2003 document (damaged or cut short)", e);
        }
        try (doc) {
            Walker walker = new Walker(context);
            List<Block> blocks = walker.walk(doc.getRange());
            boolean text = blocks.stream().anyMatch(b -> b instanceof Paragraph p ? !p.text().isBlank()
                    : ((Table) b).rows().stream().anyMatch(r -> !r.isBlank()));
            if (!text) throw new EmptyDocumentException(name);
            return new Layout(format(), null, blocks, walker.warnings);
        } catch (IOException e) {
            throw new CorruptDocumentException(name, "has Word document text that cannot be read (damaged or cut short)", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "has Word document text that cannot be read (damaged or cut short)", e);
        }
    }

    /**
     * The text a reader sees: field results without field codes, soft breaks joined like wrapped
     * text, cell and paragraph marks and other control characters dropped.
     */
    static String visible(CharSequence raw) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // per open field: true while in its code (before the separator)
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 0x13) {
                fields.push(true);
                continue;
            }
            if (c == 0x14) {
                if (!fields.isEmpty()) {
                    fields.pop();
                    fields.push(false);
                }
                continue;
            }
            if (c == 0x15) {
                if (!fields.isEmpty()) fields.pop();
                continue;
            }
            if (fields.contains(Boolean.TRUE)) continue;
            if (c == 0x0B) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (c == 0x1E) {
                line.append('-');
            } else if (c == '\t' || c >= 0x20) {
                line.append(c);
            }
            // \r paragraph end, \u0007 cell mark, \f page break, \u0001 pictures, \u001F optional hyphen: no text
        }
        lines.add(line.toString());
        String text = lines.get(0);
        for (int i = 1; i < lines.size(); i++) text = TextCleaner.join(text, lines.get(i));
        return text;
    }

    private static final class Walker {
        private final ListNumbers numbers = new ListNumbers();
        private final Map<Integer, List<ListNumbers.Level>> levels = new HashMap<>();
        private final ReadContext context;
        private final Limits limits;
        final List<Warning> warnings = new ArrayList<>();
        private final Set<String> warned = new HashSet<>();
        private int rowsRead;

        Walker(ReadContext context) {
            this.context = context;
            this.limits = context.limits();
        }

        /** One LIMIT warning per kind of cut. */
        private void limit(String kind, String message) {
            if (warned.add(kind)) warnings.add(new Warning(Warning.LIMIT, message, null));
        }

        /** One more paragraph or table row; false past the limit of rows. Checks the time budget now and then. */
        private boolean nextRow() throws DocumentTooLargeException {
            if (++rowsRead > limits.maxRows()) {
                limit("rows", "the document has more than " + limits.maxRows()
                        + " paragraphs and table rows; the rest was not read (raise the limit with --max-rows)");
                return false;
            }
            if ((rowsRead & 255) == 0) context.checkTime();
            return true;
        }

        /** The text of a cell or paragraph, cut at the limit. */
        private String capped(String text) {
            if (text.length() <= limits.maxCellChars()) return text;
            limit("chars", "a cell or paragraph has more than " + limits.maxCellChars()
                    + " characters; it was cut there (raise the limit with --max-cell-chars)");
            return text.substring(0, limits.maxCellChars());
        }

        List<Block> walk(Range range) throws DocumentTooLargeException {
            List<Block> blocks = new ArrayList<>();
            int tables = 0;
            int count = range.numParagraphs();
            for (int i = 0; i < count; i++) {
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    // A table whose first cell starts with a nested table starts with paragraphs of
                    // level 2, and HWPF would make the nested table of them: read them as the start
                    // of the first cell and take the table from the first paragraph of level 1.
                    List<String> lead = new ArrayList<>();
                    int start = i;
                    while (start < count && range.getParagraph(start).isInTable()
                            && range.getParagraph(start).getTableLevel() > 1) {
                        String text = paragraph(range.getParagraph(start));
                        if (!text.isBlank()) lead.add(text);
                        start++;
                    }
                    org.apache.poi.hwpf.usermodel.Table t =
                            start < count ? tableStartingAt(range, range.getParagraph(start)) : null;
                    if (t != null) {
                        Table table = withLead(table(t, tables++), lead);
                        if (!table.rows().isEmpty()) blocks.add(table);
                        i = start + Math.max(1, t.numParagraphs()) - 1;
                        continue;
                    }
                    // HWPF cannot make a table from here: keep the text as a paragraph, lose nothing
                }
                if (!nextRow()) break;
                String text = capped(paragraph(p));
                if (!text.isBlank()) blocks.add(new Paragraph(text, Provenance.UNKNOWN));
            }
            return blocks;
        }

        /** The table with text put before the text of its first cell. */
        private static Table withLead(Table table, List<String> lead) {
            if (lead.isEmpty() || table.rows().isEmpty() || table.rows().get(0).cells().isEmpty()) return table;
            Row first = table.rows().get(0);
            List<Cell> cells = new ArrayList<>(first.cells());
            Cell c = cells.get(0);
            List<String> parts = new ArrayList<>(lead);
            if (!c.text().isBlank()) parts.add(c.text());
            cells.set(0, new Cell(String.join("\n", parts), c.colSpan(), c.mergedAbove(), c.where()));
            List<Row> rows = new ArrayList<>(table.rows());
            rows.set(0, new Row(cells, first.where()));
            return new Table(rows, table.where());
        }

        /** The table that starts at this paragraph, or null when HWPF cannot make one of it. */
        private static org.apache.poi.hwpf.usermodel.Table tableStartingAt(
                Range range, org.apache.poi.hwpf.usermodel.Paragraph p) {
            try {
                return range.getTable(p);
            } catch (RuntimeException e) {
                return null;
            }
        }

        private Table table(org.apache.poi.hwpf.usermodel.Table t, int index) throws DocumentTooLargeException {
            List<Integer> grid = grid(t);
            List<Row> rows = new ArrayList<>();
            long cellsInTable = 0;
            for (int r = 0; r < t.numRows(); r++) {
                if (!nextRow()) break;
                TableRow row = t.getRow(r);
                cellsInTable += row.numCells();
                if (cellsInTable > limits.maxCellsPerTable()) {
                    limit("cells", "a table has more than " + limits.maxCellsPerTable()
                            + " cells; its further rows were not read (raise the limit with --max-cells)");
                    break;
                }
                Provenance where = new Provenance(null, null, index, r, null);
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    String text = capped(cell(cell));
                    int span = span(grid, cell.getLeftEdge(), cell.getLeftEdge() + cell.getWidth());
                    if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                        Cell last = cells.remove(cells.size() - 1);
                        cells.add(new Cell(TextCleaner.join(last.text(), text), last.colSpan() + span,
                                last.mergedAbove(), where));
                        continue;
                    }
                    boolean mergedAbove = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                    cells.add(new Cell(text, span, mergedAbove, where));
                }
                rows.add(new Row(cells, where));
            }
            return new Table(rows, new Provenance(null, null, index, 0, null));
        }

        /** Every distinct cell edge of the table, edges within the tolerance taken as one. */
        private static List<Integer> grid(org.apache.poi.hwpf.usermodel.Table t) {
            TreeSet<Integer> edges = new TreeSet<>();
            for (int r = 0; r < t.numRows(); r++) {
                TableRow row = t.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    edges.add(cell.getLeftEdge());
                    edges.add(cell.getLeftEdge() + cell.getWidth());
                }
            }
            List<Integer> grid = new ArrayList<>();
            for (int e : edges) if (grid.isEmpty() || e - grid.get(grid.size() - 1) > EDGE_TOLERANCE) grid.add(e);
            return grid;
        }

        /** How many grid columns lie between two edges: one more than the grid edges strictly inside. */
        private static int span(List<Integer> grid, int left, int right) {
            int inside = 0;
            for (int e : grid) if (e > left + EDGE_TOLERANCE && e < right - EDGE_TOLERANCE) inside++;
            return inside + 1;
        }

        private String cell(TableCell cell) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < cell.numParagraphs(); i++) {
                String text = paragraph(cell.getParagraph(i));
                if (!text.isBlank()) parts.add(text);
            }
            return String.join("\n", parts);
        }

        private String paragraph(org.apache.poi.hwpf.usermodel.Paragraph p) {
            StringBuilder raw = new StringBuilder();
            for (int i = 0; i < p.numCharacterRuns(); i++) {
                CharacterRun run = p.getCharacterRun(i);
                if (run.isMarkedDeleted() || run.isVanished()) continue;
                raw.append(run.text());
            }
            String text = visible(raw);
            if (text.isBlank()) return "";
            return label(p) + text;
        }

        private String label(org.apache.poi.hwpf.usermodel.Paragraph p) {
            try {
                if (!p.isInList()) return "";
                HWPFList list = p.getList();
                int level = p.getIlvl();
                List<ListNumbers.Level> ls = levels.computeIfAbsent(p.getIlfo(), k -> levelsOf(list));
                return numbers.next(list.getLsid(), level, ls);
            } catch (RuntimeException e) {
                return ""; // a list that cannot be read shows no number; the text is still there
            }
        }

        private static List<ListNumbers.Level> levelsOf(HWPFList list) {
            List<ListNumbers.Level> out = new ArrayList<>();
            for (char level = 0; level < 9; level++) {
                try {
                    int nfc = list.getNumberFormat(level);
                    String format = nfc >= 0 && nfc < NUMBER_FORMATS.length && NUMBER_FORMATS[nfc] != null
                            ? NUMBER_FORMATS[nfc] : "decimal";
                    String text = list.getNumberText(level);
                    StringBuilder template = new StringBuilder();
                    if (text != null)
                        for (char c : text.toCharArray()) {
                            if (c < 9) template.append('%').append((char) ('1' + c));
                            else template.append(c);
                        }
                    String suffix = switch (list.getTypeOfCharFollowingTheNumber(level)) {
                        case 1 -> " ";
                        case 2 -> "";
                        default -> "\t";
                    };
                    out.add(new ListNumbers.Level(format, template.toString(), list.getStartAt(level), suffix));
                } catch (RuntimeException e) {
                    out.add(new ListNumbers.Level("none", "", 1, ""));
                }
            }
            return out;
        }
    }
}
