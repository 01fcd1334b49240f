package org.jindu.read.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jindu.read.DocumentReader;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.read.ReadFailures;
import org.jindu.read.ReadContext;
import org.jindu.read.Limits;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Warning;
import org.jindu.normalize.TextCleaner;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Word 2007+ document (DOCX, also as written by WPS) with Apache POI into a {@link Layout}.
 *
 * <ul>
 *   <li>body paragraphs and tables in document order, also inside content controls;</li>
 *   <li>a table's cells with their grid span ({@code gridSpan}, legacy {@code hMerge}) and whether
 *       they continue a vertical merge ({@code vMerge} without {@code restart}); a row's
 *       {@code gridBefore} becomes an empty cell so that columns stay aligned;</li>
 *   <li>a cell's paragraphs joined with "\n", a nested table's cells each as a paragraph of the
 *       cell that holds it;</li>
 *   <li>soft line breaks joined like wrapped text ({@link TextCleaner#join});</li>
 *   <li>the visible number of a paragraph numbered by Word ("1." "一、" "（1）"), counted per list;</li>
 *   <li>text of hyperlinks, fields (their result, not their code), content controls, smart tags and
 *       inserted tracked changes; deleted and moved-away tracked changes, hidden text, drawings and
 *       text boxes are dropped.</li>
 * </ul>
 *
 * Every cell and row carries the 0-based index of its top-level table and its row. No POI type leaves
 * this class: POI's failures become {@link CorruptDocumentException} or {@link EncryptedDocumentException}.
 */
public final class DocxReader implements DocumentReader {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new EncryptedDocumentException(name, "is protected by a password; save a copy without a password", e);
        } catch (IOException e) {
            throw new CorruptDocumentException(name, "is not a readable DOCX package (a damaged or cut-short ZIP or XML part)", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "is not a readable DOCX package (a damaged or cut-short ZIP or XML part)", e);
        }
        try (doc) {
            Walker walker = new Walker(doc, context);
            try {
                walker.body(doc.getDocument().getBody().getDomNode());
            } catch (Stop stop) {
                throw stop.failure;
            }
            boolean text = walker.blocks.stream().anyMatch(b -> b instanceof Paragraph p ? !p.text().isBlank()
                    : ((Table) b).rows().stream().anyMatch(r -> !r.isBlank()));
            if (!text) throw new EmptyDocumentException(name);
            return new Layout(format(), null, walker.blocks, walker.warnings);
        } catch (IOException e) {
            throw new CorruptDocumentException(name, "has a Word document part that cannot be read", e);
        } catch (RuntimeException e) {
            throw ReadFailures.of(name, "has a Word document part that cannot be read", e);
        }
    }

    /** Carries a checked failure (the time budget spent) out of the walk. */
    private static final class Stop extends RuntimeException {
        final JinduException failure;

        Stop(JinduException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /** Walks the document's XML once, in order. */
    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        private final XWPFNumbering numbering;
        private final XWPFStyles styles;
        private final ListNumbers numbers = new ListNumbers();
        private final Map<BigInteger, List<ListNumbers.Level>> levels = new HashMap<>();
        private int tables;
        private boolean warnedChunk;
        private final ReadContext context;
        private final Limits limits;
        private int rowsRead;
        private int depth;
        private final java.util.Set<String> warned = new java.util.HashSet<>();

        Walker(XWPFDocument doc, ReadContext context) {
            this.numbering = doc.getNumbering();
            this.styles = doc.getStyles();
            this.context = context;
            this.limits = context.limits();
        }

        /** One LIMIT warning per kind of cut. */
        private void limit(String kind, String message) {
            if (warned.add(kind)) warnings.add(new Warning(Warning.LIMIT, message, null));
        }

        private void checkTime() {
            try {
                context.checkTime();
            } catch (JinduException e) {
                throw new Stop(e);
            }
        }

        /** The text of a cell or paragraph, cut at the limit. */
        private String capped(String text) {
            if (text.length() <= limits.maxCellChars()) return text;
            limit("chars", "a cell or paragraph has more than " + limits.maxCellChars()
                    + " characters; it was cut there (raise the limit with --max-cell-chars)");
            return text.substring(0, limits.maxCellChars());
        }

        void body(Node parent) {
            for (Element e : children(parent)) {
                switch (e.getLocalName()) {
                    case "p" -> {
                        if (++rowsRead > limits.maxRows()) {
                            limit("rows", "the document has more than " + limits.maxRows()
                                    + " paragraphs and table rows; the rest was not read (raise the limit with --max-rows)");
                            return;
                        }
                        if ((rowsRead & 255) == 0) checkTime();
                        String text = capped(paragraph(e));
                        if (!text.isBlank()) blocks.add(new Paragraph(text, Provenance.UNKNOWN));
                    }
                    case "tbl" -> {
                        if (rowsRead > limits.maxRows()) return;
                        int index = tables++;
                        Table t = table(e, index);
                        if (!t.rows().isEmpty()) blocks.add(t);
                    }
                    case "sdt" -> body(child(e, "sdtContent"));
                    case "customXml", "ins", "moveTo", "smartTag" -> body(e);
                    case "altChunk" -> {
                        if (!warnedChunk)
                            warnings.add(new Warning(Warning.UNPLACED_TEXT,
                                    "the document embeds another document (altChunk), whose text was not read", null));
                        warnedChunk = true;
                    }
                    default -> {
                        // sectPr, bookmarks, deleted blocks: no text of the document
                    }
                }
            }
        }

        private Table table(Element tbl, int index) {
            List<Row> rows = new ArrayList<>();
            int rowIndex = -1;
            // Spans are clamped to the table's grid (w:tblGrid), or without one to the cell limit: a
            // gridSpan of 2147483647 must not become a list of that many columns.
            int grid = children(child(tbl, "tblGrid")).size();
            int width = grid > 0 ? grid : limits.maxCellsPerTable();
            long cellsInTable = 0;
            for (Element tr : flatten(tbl, "tr")) {
                rowIndex++;
                // a row deleted with tracked changes on is not part of the document
                if (child(child(tr, "trPr"), "del") != null) continue;
                if (++rowsRead > limits.maxRows()) {
                    limit("rows", "the document has more than " + limits.maxRows()
                            + " paragraphs and table rows; the rest was not read (raise the limit with --max-rows)");
                    break;
                }
                if ((rowsRead & 255) == 0) checkTime();
                Provenance where = new Provenance(null, null, index, rowIndex, null);
                List<Cell> cells = new ArrayList<>();
                int column = 0;
                int before = intVal(child(child(tr, "trPr"), "gridBefore"), 0);
                if (before > 0) {
                    int clamped = Math.min(before, width);
                    if (clamped < before) limit("span", "a row's gridBefore or a cell's gridSpan goes past the table's "
                            + width + " grid columns; it was clamped to the grid");
                    cells.add(new Cell("", clamped, false, where));
                    column += clamped;
                }
                List<Element> tcs = flatten(tr, "tc");
                cellsInTable += tcs.size();
                if (cellsInTable > limits.maxCellsPerTable()) {
                    limit("cells", "a table has more than " + limits.maxCellsPerTable()
                            + " cells; its further rows were not read (raise the limit with --max-cells)");
                    break;
                }
                for (Element tc : tcs) {
                    Element pr = child(tc, "tcPr");
                    int asked = Math.max(1, intVal(child(pr, "gridSpan"), 1));
                    int span = Math.max(1, Math.min(asked, width - column));
                    if (span < asked && asked > width) limit("span", "a row's gridBefore or a cell's gridSpan goes past"
                            + " the table's " + width + " grid columns; it was clamped to the grid");
                    column += span;
                    Element vMerge = child(pr, "vMerge");
                    boolean mergedAbove = vMerge != null && !"restart".equals(attr(vMerge, "val"));
                    Element hMerge = child(pr, "hMerge");
                    String text = capped(cell(tc));
                    if (hMerge != null && !"restart".equals(attr(hMerge, "val")) && !cells.isEmpty()) {
                        // legacy horizontal merge: this cell widens the one before it
                        Cell last = cells.remove(cells.size() - 1);
                        cells.add(new Cell(TextCleaner.join(last.text(), text), last.colSpan() + span,
                                last.mergedAbove(), where));
                        continue;
                    }
                    cells.add(new Cell(text, span, mergedAbove, where));
                }
                rows.add(new Row(cells, where));
            }
            return new Table(rows, new Provenance(null, null, index, 0, null));
        }

        /** A cell's text: its paragraphs joined with "\n"; a nested table's cells each as a paragraph. */
        private String cell(Element tc) {
            List<String> parts = new ArrayList<>();
            cellContent(tc, parts);
            return String.join("\n", parts);
        }

        private void cellContent(Element parent, List<String> parts) {
            for (Element e : children(parent)) {
                switch (e.getLocalName()) {
                    case "p" -> {
                        String text = paragraph(e);
                        if (!text.isBlank()) parts.add(text);
                    }
                    case "tbl" -> {
                        if (depth >= limits.maxDepth()) {
                            limit("depth", "tables are nested more than " + limits.maxDepth()
                                    + " deep; the deeper ones were not read (raise the limit with --max-depth)");
                            continue;
                        }
                        depth++;
                        try {
                            for (Element tr : flatten(e, "tr"))
                                for (Element tc : flatten(tr, "tc")) cellContent(tc, parts);
                        } finally {
                            depth--;
                        }
                    }
                    case "sdt" -> cellContent(child(e, "sdtContent"), parts);
                    case "customXml", "ins", "moveTo", "smartTag" -> cellContent(e, parts);
                    default -> {
                    }
                }
            }
        }

        /** A paragraph's visible text: its number if Word numbers it, then its runs; soft breaks joined. */
        private String paragraph(Element p) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            inline(p, line, lines);
            lines.add(line.toString());
            String text = lines.get(0);
            for (int i = 1; i < lines.size(); i++) text = TextCleaner.join(text, lines.get(i));
            if (text.isBlank()) return "";
            return label(p) + text;
        }

        private void inline(Element parent, StringBuilder line, List<String> lines) {
            for (Element e : children(parent)) {
                switch (e.getLocalName()) {
                    case "r" -> run(e, line, lines);
                    case "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo" ->
                            inline(e, line, lines);
                    case "sdt" -> inline(child(e, "sdtContent"), line, lines);
                    default -> {
                        // pPr, del, moveFrom, bookmarks, proofErr, oMath: not text of the paragraph
                    }
                }
            }
        }

        private void run(Element r, StringBuilder line, List<String> lines) {
            Element rPr = child(r, "rPr");
            Element vanish = child(rPr, "vanish");
            if (vanish != null && !isFalse(attr(vanish, "val"))) return;
            for (Element e : children(r)) {
                switch (e.getLocalName()) {
                    case "t" -> text(e, line);
                    case "tab", "ptab" -> line.append('\t');
                    case "br", "cr" -> {
                        String type = attr(e, "type");
                        if (type == null || type.equals("textWrapping")) {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                    }
                    case "noBreakHyphen" -> line.append('-');
                    case "sym" -> {
                        String code = attr(e, "char");
                        if (code != null) {
                            try {
                                int c = Integer.parseInt(code, 16);
                                // symbol fonts map to the private use area F0xx: their glyphs are not text
                                if (c < 0xF000) line.appendCodePoint(c);
                            } catch (NumberFormatException ignored) {
                                // not a character code: nothing to add
                            }
                        }
                    }
                    default -> {
                        // delText, instrText (a field's code), fldChar, drawings, footnote marks
                    }
                }
            }
        }

        // ---- numbering

        private String label(Element p) {
            if (numbering == null) return "";
            Element pPr = child(p, "pPr");
            Element numPr = child(pPr, "numPr");
            BigInteger numId = null;
            int ilvl = 0;
            if (numPr != null) {
                numId = bigVal(child(numPr, "numId"));
                ilvl = intVal(child(numPr, "ilvl"), 0);
            } else {
                Element pStyle = child(pPr, "pStyle");
                CTNumPr fromStyle = styleNumbering(pStyle == null ? null : attr(pStyle, "val"));
                if (fromStyle != null && fromStyle.getNumId() != null) {
                    numId = fromStyle.getNumId().getVal();
                    ilvl = fromStyle.getIlvl() == null ? 0 : fromStyle.getIlvl().getVal().intValue();
                }
            }
            if (numId == null || numId.signum() == 0) return "";
            try {
                List<ListNumbers.Level> list = levels.computeIfAbsent(numId, this::levelsOf);
                if (list.isEmpty()) return "";
                return numbers.next(numId, ilvl, list);
            } catch (RuntimeException e) {
                return ""; // a numbering definition that cannot be read shows no number; the text is still there
            }
        }

        private CTNumPr styleNumbering(String styleId) {
            for (int depth = 0; styleId != null && styles != null && depth < 8; depth++) {
                XWPFStyle style = styles.getStyle(styleId);
                if (style == null) return null;
                CTPPrGeneral pPr = style.getCTStyle().getPPr();
                if (pPr != null && pPr.getNumPr() != null) return pPr.getNumPr();
                styleId = style.getBasisStyleID();
            }
            return null;
        }

        private List<ListNumbers.Level> levelsOf(BigInteger numId) {
            XWPFNum num = numbering.getNum(numId);
            if (num == null) return List.of();
            CTNum ctNum = num.getCTNum();
            if (ctNum.getAbstractNumId() == null) return List.of();
            XWPFAbstractNum abs = numbering.getAbstractNum(ctNum.getAbstractNumId().getVal());
            if (abs == null) return List.of();
            CTAbstractNum ctAbs = abs.getCTAbstractNum();
            ListNumbers.Level[] out = new ListNumbers.Level[9];
            for (CTLvl lvl : ctAbs.getLvlArray()) put(out, lvl);
            for (CTNumLvl override : ctNum.getLvlOverrideArray()) {
                int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
                if (i < 0 || i > 8) continue;
                if (override.getLvl() != null) put(out, override.getLvl());
                if (override.getStartOverride() != null && out[i] != null) {
                    ListNumbers.Level l = out[i];
                    out[i] = new ListNumbers.Level(l.format(), l.template(),
                            override.getStartOverride().getVal().intValue(), l.suffix());
                }
            }
            List<ListNumbers.Level> list = new ArrayList<>();
            for (ListNumbers.Level l : out) list.add(l == null ? new ListNumbers.Level("none", "", 1, "") : l);
            return list;
        }

        private static void put(ListNumbers.Level[] out, CTLvl lvl) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i < 0 || i > 8) return;
            String format = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
                    ? "decimal" : lvl.getNumFmt().getVal().toString();
            String template = lvl.getLvlText() == null ? "" : lvl.getLvlText().getVal();
            int start = lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
            // read from the XML: poi-ooxml-lite has no class for w:suff
            Element suff = child(lvl.getDomNode(), "suff");
            String suffix = switch (suff == null || attr(suff, "val") == null ? "tab" : attr(suff, "val")) {
                case "space" -> " ";
                case "nothing" -> "";
                default -> "\t";
            };
            out[i] = new ListNumbers.Level(format, template, start, suffix);
        }

        // ---- DOM helpers

        /** Elements of {@code name} under {@code parent}, looking through content controls and custom XML. */
        private static List<Element> flatten(Element parent, String name) {
            List<Element> out = new ArrayList<>();
            for (Element e : children(parent)) {
                if (e.getLocalName().equals(name)) out.add(e);
                else if (e.getLocalName().equals("sdt")) {
                    Element content = child(e, "sdtContent");
                    if (content != null) out.addAll(flatten(content, name));
                } else if (e.getLocalName().equals("customXml")) {
                    out.addAll(flatten(e, name));
                }
            }
            return out;
        }

        /** The text nodes under an element (XmlBeans' DOM has no getTextContent). */
        private static void text(Node e, StringBuilder out) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    out.append(n.getNodeValue());
                else if (n.getNodeType() == Node.ELEMENT_NODE) text(n, out);
            }
        }

        private static List<Element> children(Node parent) {
            List<Element> out = new ArrayList<>();
            if (parent == null) return out;
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
                if (n instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName() != null) out.add(e);
            return out;
        }

        private static Element child(Node parent, String name) {
            if (parent == null) return null;
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
                if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) return e;
            return null;
        }

        private static String attr(Element e, String name) {
            if (e == null) return null;
            String v = e.getAttributeNS(W, name);
            return v == null || v.isEmpty() ? null : v;
        }

        private static int intVal(Element e, int otherwise) {
            BigInteger v = bigVal(e);
            return v == null ? otherwise : v.intValue();
        }

        private static BigInteger bigVal(Element e) {
            String v = attr(e, "val");
            if (v == null) return null;
            try {
                return new BigInteger(v.trim());
            } catch (NumberFormatException ex) {
                return null;
            }
        }

        private static boolean isFalse(String v) {
            return "0".equals(v) || "false".equals(v) || "off".equals(v);
        }
    }
}
