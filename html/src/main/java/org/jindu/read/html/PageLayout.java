package org.jindu.read.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.normalize.HeaderNames;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.normalize.TextCleaner;
import org.jindu.normalize.Titles;
import org.jindu.read.ReadContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the report in a web page and lays it out: the article's title, then the paragraphs and tables
 * of the part of the page that holds the report's tables, with the site's chrome left out.
 *
 * <ul>
 *   <li>report tables are the tables with a progress report's header row among their first rows;</li>
 *   <li>the article is the smallest element holding all of them, widened until it holds some text
 *       besides them (a lone table's own wrapper is not the article);</li>
 *   <li>chrome is never read: {@code nav}, {@code header}, {@code footer}, {@code aside}, elements
 *       whose class or id names a menu, breadcrumb, footer, share bar and the like, hidden elements,
 *       and lines such as 发布时间/来源/浏览次数, 当前位置, 【打印】【关闭】, ICP and 版权所有;</li>
 *   <li>the title is the page's {@code h1}, else its {@code <title>} without the site's name after
 *       a separator ({@code _}, {@code |}, {@code -}, {@code —}), when either reads like a report's
 *       title; otherwise the article's own first title-like paragraph (Word's centred title) serves.</li>
 * </ul>
 */
final class PageLayout {
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dd", "dt", "blockquote", "pre", "center", "section", "article", "address", "main", "table", "tr",
            "td", "th", "tbody", "thead", "tfoot", "caption", "hr", "form", "fieldset", "figure", "figcaption",
            "header", "footer", "nav", "aside", "body", "legend", "details", "summary");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "select", "button", "input", "textarea", "map", "canvas", "video", "audio",
            "nav", "header", "footer", "aside", "head", "title");
    /** Words in a class or id that mark site chrome. */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?:^|[-_\\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|bottom|copyright|share|sharebar|"
                    + "sidebar|banner|topbar|toolbar|search|login|position|location|weizhi|friendlinks?|links|"
                    + "print|printbar)(?:$|[-_\\s\\d])",
            Pattern.CASE_INSENSITIVE);
    /** Lines that only chrome writes. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "^\\s*(?:发布时间|发布日期|发文日期|更新时间|信息来源|文章来源|来源[：:]|作者[：:]|浏览次数|浏览量|阅读次数|"
                    + "点击数|点击量|访问次数|字号|【?字体|分享到|当前位置|您当前的位置|您的位置|您现在的位置)"
                    + "|【\\s*(?:打印|关闭|返回|收藏)|ICP备|ICP证|版权所有|网站标识码|公网安备|技术支持[：:]|Copyright|©",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            "\\s*(?:_|\\||｜|——|—|–|(?<!\\d)-|-(?!\\d)|(?<!\\d)－|－(?!\\d))\\s*");
    /** HTML whitespace, and &nbsp;, which Word writes in empty cells and after list numbers. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f\\u00A0]+");
    /** How many rows from a table's top may hold its header row. */
    private static final int HEADER_ROWS = 10;
    /** The largest column or row span honoured, as browsers do (HTML caps colspan at 1000). */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;

    private final ReadContext context;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Element, List<Row>> converted = new IdentityHashMap<>();
    private final Set<Element> reportTables = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final StringBuilder line = new StringBuilder();
    private int tableIndex;
    private long cells;

    private PageLayout(ReadContext context) {
        this.context = context;
    }

    static List<Block> build(Document doc, ReadContext context) throws DocumentTooLargeException {
        return new PageLayout(context).run(doc);
    }

    private List<Block> run(Document doc) throws DocumentTooLargeException {
        String title = title(doc);
        // the whole document, not only its body: markup nested past the depth limit lands outside it
        Element root = doc;
        for (Element e : root.getAllElements()) if (e != root && e.parent() != null && isChrome(e)) e.remove();
        List<Element> tables = new ArrayList<>();
        for (Element t : root.getElementsByTag("table")) {
            context.checkTime();
            List<Row> rows = rows(t);
            for (int i = 0; i < Math.min(HEADER_ROWS, rows.size()); i++) {
                if (HeaderNames.isHeaderRow(texts(rows.get(i)))) {
                    tables.add(t);
                    reportTables.add(t);
                    break;
                }
            }
        }
        Element article = tables.isEmpty() ? root : article(tables, root);
        if (title != null) blocks.add(new Paragraph(title, Provenance.UNKNOWN));
        walk(article);
        flush();
        return blocks;
    }

    // ---- title

    private static String title(Document doc) {
        for (Element h : doc.getElementsByTag("h1")) {
            String t = h.text().strip();
            if (Titles.looksLikeTitle(TextCleaner.clean(t))) return t;
        }
        String full = doc.title().strip();
        for (String part : TITLE_SEPARATOR.split(full)) {
            if (Titles.looksLikeTitle(TextCleaner.clean(part))) return part.strip();
        }
        return null;
    }

    // ---- chrome

    private static boolean isChrome(Element e) {
        String tag = e.normalName();
        if (DROP.contains(tag)) return true;
        if (e.hasAttr("hidden")) return true;
        if (HIDDEN_STYLE.matcher(e.attr("style")).find()) return true;
        return CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find();
    }

    private static boolean isChromeLine(String text) {
        return CHROME_LINE.matcher(text).find();
    }

    // ---- the article

    /** The smallest element holding every report table, widened until it holds other text too. */
    private Element article(List<Element> tables, Element body) {
        Element common = tables.get(0);
        for (Element t : tables.subList(1, tables.size())) common = commonAncestor(common, t);
        Element a = reportTables.contains(common) ? common.parent() : common;
        while (a != null && a != body && isLayoutPart(a)) a = a.parent();
        while (a != null && a != body && !hasOwnText(a)) a = a.parent();
        return a == null ? body : a;
    }

    private static boolean isLayoutPart(Element e) {
        return Set.of("tr", "tbody", "thead", "tfoot").contains(e.normalName());
    }

    private static Element commonAncestor(Element a, Element b) {
        Set<Element> up = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = a; e != null; e = e.parent()) up.add(e);
        for (Element e = b; e != null; e = e.parent()) if (up.contains(e)) return e;
        Document doc = a.ownerDocument();
        return doc == null ? a : doc.body();
    }

    /** Whether the element holds text outside its report tables (other than chrome). */
    private boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank() && !isChromeLine(t.text())) return true;
            if (n instanceof Element c && !reportTables.contains(c) && hasOwnText(c)) return true;
        }
        return false;
    }

    // ---- walking the article

    private void walk(Element e) throws DocumentTooLargeException {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                line.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (reportTables.contains(c)) {
                    flush();
                    context.checkTime();
                    List<Row> rows = rows(c);
                    int index = tableIndex++;
                    List<Row> placed = new ArrayList<>(rows.size());
                    for (int i = 0; i < rows.size(); i++) {
                        Provenance where = new Provenance(null, null, index, i, null);
                        placed.add(new Row(rows.get(i).cells().stream()
                                .map(x -> new Cell(x.text(), x.colSpan(), x.mergedAbove(), where)).toList(), where));
                    }
                    if (!placed.isEmpty()) blocks.add(new Table(placed, placed.get(0).where()));
                } else if (BLOCK.contains(tag)) {
                    flush();
                    walk(c);
                    flush();
                } else {
                    walk(c);
                }
            }
        }
    }

    /** The text gathered since the last block boundary becomes a paragraph, unless it is chrome. */
    private void flush() {
        String text = line.toString().strip();
        line.setLength(0);
        if (text.isEmpty() || text.replace('\u00A0', ' ').isBlank() || isChromeLine(text)) return;
        blocks.add(new Paragraph(text, Provenance.UNKNOWN));
    }

    // ---- tables

    /** The table's own rows as layout rows: spans honoured, a cell covered from above marked so. */
    private List<Row> rows(Element table) throws DocumentTooLargeException {
        List<Row> done = converted.get(table);
        if (done != null) return done;
        List<Row> out = new ArrayList<>();
        int[] remaining = new int[0];
        int[] width = new int[0];
        for (Element tr : ownRows(table)) {
            List<Cell> row = new ArrayList<>();
            List<Element> tds = new ArrayList<>();
            for (Element c : elements(tr)) if (c.normalName().equals("td") || c.normalName().equals("th")) tds.add(c);
            int col = 0;
            int next = 0;
            while (next < tds.size() || hasPending(remaining, col)) {
                if (col < remaining.length && remaining[col] > 0) {
                    int w = Math.max(1, width[col]);
                    row.add(new Cell("", w, true, Provenance.UNKNOWN));
                    remaining[col]--;
                    col += w;
                    continue;
                }
                if (next >= tds.size()) {
                    col++;
                    continue;
                }
                Element td = tds.get(next++);
                int colspan = span(td.attr("colspan"), MAX_COLSPAN);
                int rowspan = span(td.attr("rowspan"), MAX_ROWSPAN);
                row.add(new Cell(cellText(td), colspan, false, Provenance.UNKNOWN));
                if (rowspan > 1) {
                    if (col >= remaining.length) {
                        remaining = java.util.Arrays.copyOf(remaining, col + colspan + 8);
                        width = java.util.Arrays.copyOf(width, col + colspan + 8);
                    }
                    remaining[col] = rowspan - 1;
                    width[col] = colspan;
                }
                col += colspan;
            }
            cells += col;
            if (cells > context.limits().maxCellsPerTable())
                throw new DocumentTooLargeException(context.name(), "has a table of more than "
                        + context.limits().maxCellsPerTable() + " cells (the limit maxCellsPerTable)");
            out.add(new Row(row, Provenance.UNKNOWN));
        }
        converted.put(table, out);
        return out;
    }

    private static boolean hasPending(int[] remaining, int from) {
        for (int i = from; i < remaining.length; i++) if (remaining[i] > 0) return true;
        return false;
    }

    /** tr elements of this table, not of tables nested in its cells. */
    private static List<Element> ownRows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element c : elements(table)) {
            String tag = c.normalName();
            if (tag.equals("tr")) out.add(c);
            else if (tag.equals("tbody") || tag.equals("thead") || tag.equals("tfoot"))
                for (Element r : elements(c)) if (r.normalName().equals("tr")) out.add(r);
        }
        return out;
    }

    /** The element's child elements, without jsoup's cache of them (a map per element on large tables). */
    private static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n : e.childNodes()) if (n instanceof Element c) out.add(c);
        return out;
    }

    private static int span(String value, int max) {
        if (value.isEmpty()) return 1;
        try {
            int v = Integer.parseInt(value.strip());
            return v < 1 ? 1 : Math.min(v, max);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A cell's text: its paragraphs, line breaks and nested cells each on a line of their own. */
    static String cellText(Element td) {
        StringBuilder out = new StringBuilder();
        cellText(td, out);
        return out.toString().replaceAll(" *\n[ \n]*", "\n").strip();
    }

    private static void cellText(Element e, StringBuilder out) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                out.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCK.contains(tag)) {
                    out.append('\n');
                    cellText(c, out);
                    out.append('\n');
                } else {
                    cellText(c, out);
                }
            }
        }
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row.cells()) {
            out.add(c.mergedAbove() ? "" : c.text());
            for (int i = 1; i < c.colSpan(); i++) out.add("");
        }
        return out;
    }

}
