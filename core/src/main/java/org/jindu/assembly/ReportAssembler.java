package org.jindu.assembly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.jindu.model.Contact;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Location;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.SourceRef;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.jindu.normalize.Departments;
import org.jindu.normalize.Field;
import org.jindu.normalize.HeaderNames;
import org.jindu.normalize.Headings;
import org.jindu.normalize.PageNumbers;
import org.jindu.normalize.ProgressItems;
import org.jindu.normalize.SourceRefs;
import org.jindu.normalize.TextCleaner;
import org.jindu.normalize.Titles;

/**
 * Turns a {@link Layout} into a {@link Report}, whatever format it came from.
 *
 * <ul>
 *   <li>the header row is found by the genre's column vocabulary ({@link Field}); the same header again
 *       (top of a later page) is dropped;</li>
 *   <li>a row whose 序号 is empty continues the record above, cell by cell, with split text joined
 *       ({@link TextCleaner#join});</li>
 *   <li>sections start at headings "一、…", as paragraphs or as a row with one cell of text;</li>
 *   <li>a row whose cells say only 无 or 暂无 marks its section as empty;</li>
 *   <li>a cell merged down from the row above takes that cell's text;</li>
 *   <li>a table's pieces on later pages are first put on its grid, merged cells cut by the page break
 *       rejoined ({@link Tables#aligned});</li>
 *   <li>the title line before the first table gives organization, year and period.</li>
 * </ul>
 *
 * What cannot be placed becomes a warning: nothing is dropped without one, except page numbers.
 */
public final class ReportAssembler {
    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*[0-9０-９一二三四五六七八九十]*[：:]?$");
    /** A table-of-contents entry, or several run together: a title, a dot leader, a page number. */
    private static final Pattern TOC_ENTRIES = Pattern.compile("^(?:[^.．…·⋯]+?\\s*(?:[.．…·⋯]\\s*){3,}\\d{1,4}\\s*)+$");
    private static final Pattern TOC_TITLE = Pattern.compile("^目\\s*录$");
    /** A labelled line naming the reporting body: 预算主管部门：…, 填报单位：…, 报送单位：… */
    private static final Pattern LABELLED_ORGANIZATION = Pattern.compile(
            "^(?:预算主管部门|主管部门|填报单位|报送单位|报告单位|编报单位|编制单位|单位名称)\\s*[：:]\\s*(.+?)"
                    + "(?:\\s{2,}.*|\\s*(?:填报|报送|编制)?(?:日期|时间)\\s*[：:].*)?$");
    /** A stamp note after the body's name: 市教育局（盖章）. */
    private static final Pattern STAMP_NOTE = Pattern.compile("\\s*[（(]\\s*(?:盖章|公章|签章|章)\\s*[）)]$");
    /** An official document's red header ("某某市人民政府办公室文件"), set bigger than its title. */
    private static final Pattern RED_HEADER = Pattern.compile("^\\S{2,30}文\\s*件$");
    /** A date line of its own: "2023年7月10日", "二〇二三年七月十日". */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*([0-9〇○零一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月(?:\\s*[0-9一二三四五六七八九十]{1,3}\\s*日)?\\s*$");
    private static final Set<String> NOTHING = Set.of("无", "暂无", "无。", "暂无。");
    private static final int EXCERPT = 40;

    private final Layout layout;
    private final List<Warning> warnings = new ArrayList<>();
    private final List<SectionBuilder> sections = new ArrayList<>();
    private final List<Paragraph> preamble = new ArrayList<>();
    private SectionBuilder section;
    /** The columns records are read by: the header row, refined by a second header row when there is one. */
    private ColumnMap columns;
    /** The header row as found, to know it again at the top of a later page. */
    private ColumnMap header;
    /** The second header row under spanning cells, cleaned, or null. */
    private List<String> subHeader;
    /** The row after a new header row may name the columns under its spanning cells. */
    private boolean subHeaderMayFollow;
    /** The row after a repeated header row may be the second header row repeated. */
    private boolean subHeaderMayRepeat;
    private RecordBuilder pending;
    /** Raw text of the last data row by grid column, for cells merged down. */
    private String[] rowAbove;
    /** True after a page or table break, until the next data row. */
    private boolean afterBreak;
    private String lastDocument;

    private ReportAssembler(Layout layout) {
        this.layout = layout;
    }

    /**
     * Assembles a report from a reader's layout.
     *
     * @param layout what a reader found
     * @param document the file's identity, copied into the report
     */
    public static Report assemble(Layout layout, DocumentInfo document) {
        return new ReportAssembler(layout).run(document);
    }

    /**
     * Whether these cell texts, left to right, would be taken as a report table's header row (the
     * genre's column names: 序号, 来源, 工作内容, 工作进展情况, …). Readers use {@link HeaderNames#isHeaderRow}
     * itself, so that they import nothing of assembly; this stays for callers that used it.
     */
    public static boolean isHeaderRow(List<String> cells) {
        return HeaderNames.isHeaderRow(cells);
    }

    private Report run(DocumentInfo document) {
        warnings.addAll(layout.warnings());
        // a table's pieces on one grid, and merged cells cut by a page break rejoined, before rows become records
        for (Block block : Tables.aligned(layout).blocks()) {
            if (block instanceof Paragraph p) paragraph(p);
            else if (block instanceof Table t) table(t);
        }
        finishRecord();
        if (columns == null)
            warnings.add(new Warning(Warning.NO_TABLE,
                    "no table with the column names of a progress report (序号, 来源, 工作内容, 工作进展情况, …) was found"));

        String title = title();
        Titles.Info info = title == null ? new Titles.Info(null, null, null) : Titles.parse(title);
        if (title == null) warnings.add(new Warning(Warning.NO_TITLE, "no title line was found before the table"));
        String organization = labelledOrganization();
        if (organization == null) organization = info.organization();
        Integer year = info.year() != null ? info.year() : dateLineYear();
        List<Section> built = sections.stream().map(SectionBuilder::build).toList();
        return new Report(Report.SCHEMA_VERSION, document, title, organization, year, info.period(),
                built, Warning.grouped(warnings));
    }

    // ---- paragraphs

    private void paragraph(Paragraph p) {
        String text = TextCleaner.clean(p.text());
        if (text.isEmpty()) return;
        String oneLine = text.replace("\n", "");
        if (TOC_TITLE.matcher(oneLine).matches() || TOC_ENTRIES.matcher(oneLine).matches()) {
            return; // the table of contents: its headings come again in the body
        }
        Headings.Heading heading = Headings.parse(oneLine);
        if (heading != null) {
            startSection(heading);
            return;
        }
        if (columns == null && sections.isEmpty()) {
            preamble.add(new Paragraph(text, p.where(), p.size(), p.centred()));
            return;
        }
        if (PageNumbers.is(text)) return;
        warnings.add(new Warning(Warning.UNPLACED_TEXT,
                "text outside the table was not placed in any record: \"" + excerpt(text) + "\"" + at(p.where()),
                p.where().page()));
    }

    /**
     * The title: where the reader knows text sizes (PDF), the biggest text of the first page with text
     * before the table, centred text first, when it is bigger than everything else there; else the
     * first paragraph that reads like a title, else the first that is not "附件" or a page number.
     */
    private String title() {
        Paragraph biggest = biggest();
        if (biggest != null) return biggest.text().replace("\n", "");
        for (Paragraph p : preamble)
            if (Titles.looksLikeTitle(p.text()) && !isLabelledOrDate(p.text())) return p.text().replace("\n", "");
        for (Paragraph p : preamble)
            if (!ATTACHMENT.matcher(p.text()).matches() && !PageNumbers.is(p.text()))
                return p.text().replace("\n", "");
        return null;
    }

    private Paragraph biggest() {
        Integer page = null;
        for (Paragraph p : preamble) {
            if (p.where().page() != null) {
                page = p.where().page();
                break;
            }
        }
        List<Paragraph> candidates = new ArrayList<>();
        float others = 0;
        for (Paragraph p : preamble) {
            if (page == null || !page.equals(p.where().page())) continue;
            if (p.size() == null) return null;
            if (ATTACHMENT.matcher(p.text()).matches() || PageNumbers.is(p.text())
                    || isLabelledOrDate(p.text()) || RED_HEADER.matcher(p.text().replace("\n", "")).matches()) {
                others = Math.max(others, p.size());
                continue;
            }
            candidates.add(p);
        }
        if (candidates.size() < 2 && others == 0) return null; // nothing to compare with: the older rules decide
        float max = 0;
        for (Paragraph p : candidates) max = Math.max(max, p.size());
        Paragraph best = null;
        for (Paragraph p : candidates) {
            if (p.size() < max - 0.5f) {
                others = Math.max(others, p.size());
                continue;
            }
            if (best == null || (p.centred() && !best.centred())) best = p;
        }
        if (best == null || max <= others + 0.5f) return null;
        return best;
    }

    private static boolean isLabelledOrDate(String text) {
        String t = text.replace("\n", "").strip();
        return LABELLED_ORGANIZATION.matcher(t).matches() || DATE_LINE.matcher(t).matches();
    }

    /** The body a labelled line before the table names (预算主管部门：…, 填报单位：…), or null: never invented. */
    private String labelledOrganization() {
        for (Paragraph p : preamble) {
            var m = LABELLED_ORGANIZATION.matcher(p.text().replace("\n", "").strip());
            if (m.matches()) {
                String name = STAMP_NOTE.matcher(m.group(1).strip()).replaceFirst("").strip();
                if (!name.isEmpty() && !name.matches("[_＿\\s]*")) return name;
            }
        }
        return null;
    }

    /** The year of the document's own date line before the table (a cover's "2023年7月10日"), or null. */
    private Integer dateLineYear() {
        for (Paragraph p : preamble) {
            var m = DATE_LINE.matcher(p.text().replace("\n", "").strip());
            if (m.matches()) {
                StringBuilder digits = new StringBuilder();
                for (char c : m.group(1).toCharArray()) {
                    int d = "0123456789".indexOf(c);
                    if (d < 0) d = "〇一二三四五六七八九".indexOf(c);
                    if (d < 0) d = "○一二三四五六七八九".indexOf(c);
                    if (d < 0 && c == '零') d = 0;
                    digits.append(d < 0 ? 0 : d);
                }
                return Integer.valueOf(digits.toString());
            }
        }
        return null;
    }

    private void startSection(Headings.Heading heading) {
        finishRecord();
        if (section != null && section.isUntitledAndEmpty()) {
            // the header row came before the first heading row of the table
            section.name(heading);
            return;
        }
        section = new SectionBuilder(null, null, null);
        section.name(heading);
        sections.add(section);
    }

    private SectionBuilder section() {
        if (section == null) {
            section = new SectionBuilder(null, null, null);
            sections.add(section);
        }
        return section;
    }

    // ---- tables

    private void table(Table table) {
        afterBreak = true;
        for (Row row : table.rows()) row(row);
    }

    private void row(Row row) {
        if (row.isBlank()) return;
        List<String> cleaned = row.cells().stream().map(c -> TextCleaner.clean(c.text())).toList();

        ColumnMap found = HeaderMatcher.match(row.cells().stream().map(Cell::text).toList(),
                row.cells().stream().map(Cell::colSpan).toList());
        if (found != null) {
            header(found, row);
            return;
        }
        if (subHeaderRow(row)) return;
        Headings.Heading heading = headingRow(row, cleaned);
        if (heading != null) {
            startSection(heading);
            return;
        }
        if (columns == null) {
            List<String> filled = cleaned.stream().filter(t -> !t.isEmpty()).toList();
            if (filled.size() == 1 && sections.isEmpty() && acrossTheRow(row)) {
                // a title or "附件" written as a merged row at the top of the table (a label in one
                // column of a table that is not a progress table is a row of it, warned about below)
                preamble.add(new Paragraph(filled.get(0), row.where()));
                return;
            }
            warnings.add(new Warning(Warning.ROW_WITHOUT_HEADER,
                    "a table row before any header row was not placed: \""
                            + excerpt(String.join(" | ", cleaned)) + "\"" + at(row.where()),
                    row.where().page()));
            return;
        }
        dataRow(row);
    }

    private void header(ColumnMap found, Row row) {
        if (header != null && header.sameAs(found)) {
            afterBreak = true; // the header repeated at the top of a page
            subHeaderMayRepeat = subHeader != null;
            return;
        }
        finishRecord();
        SectionBuilder s = section();
        if (s.records.isEmpty()) {
            s.columns = found.shown();
        } else {
            warnings.add(new Warning(Warning.HEADER_CHANGED,
                    "a different header row started new columns within a section: "
                            + String.join(" | ", found.shown()) + at(row.where()),
                    row.where().page()));
        }
        header = found;
        columns = found;
        subHeader = null;
        subHeaderMayFollow = found.hasSpans();
        subHeaderMayRepeat = false;
        rowAbove = null;
        afterBreak = false;
    }

    /**
     * A second header row naming the columns under the header's spanning cells ("责任单位" over
     * "牵头单位 | 配合单位"): short texts only under spanning cells, nothing in the 序号. Taken right after
     * a new header row, and dropped when it comes again after the header repeated on a later page.
     */
    private boolean subHeaderRow(Row row) {
        boolean may = subHeaderMayFollow;
        boolean repeat = subHeaderMayRepeat;
        subHeaderMayFollow = false;
        subHeaderMayRepeat = false;
        if (!may && !repeat) return false;
        List<String> sub = gridTexts(row, header.size());
        if (repeat) return sub.equals(subHeader);
        boolean any = false;
        for (int i = 0; i < sub.size(); i++) {
            String text = sub.get(i);
            if (text.isEmpty()) continue;
            if (!header.spanned(i) || HeaderMatcher.key(text).length() > 12 || header.fields().get(i) == Field.SEQ)
                return false;
            any = true;
        }
        if (!any) return false;
        subHeader = sub;
        columns = header.refine(sub);
        SectionBuilder s = section();
        if (s.records.isEmpty()) s.columns = columns.shown();
        return true;
    }

    /** A row's cleaned text per grid column: a spanning cell fills its first column. */
    private static List<String> gridTexts(Row row, int width) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row.cells()) {
            texts.add(TextCleaner.clean(cell.text()));
            for (int i = 1; i < cell.colSpan(); i++) texts.add("");
        }
        while (texts.size() < width) texts.add("");
        return texts.subList(0, Math.max(width, 0));
    }

    /** Whether the row's one text stands in a cell across the whole row (a merged row). */
    private static boolean acrossTheRow(Row row) {
        int filled = 0;
        for (Cell c : row.cells()) if (!c.text().isBlank()) filled++;
        return row.cells().size() == 1 || (filled == 1 && row.cells().stream().filter(c -> !c.text().isBlank())
                .allMatch(c -> c.colSpan() == row.cells().stream().mapToInt(Cell::colSpan).sum()));
    }

    /** A row holding only a section heading: one cell of text at the left, or one cell spanning columns. */
    private Headings.Heading headingRow(Row row, List<String> cleaned) {
        int filled = -1;
        int column = 0;
        int filledColumn = -1;
        for (int i = 0; i < cleaned.size(); i++) {
            if (!cleaned.get(i).isEmpty()) {
                if (filled >= 0) return null;
                filled = i;
                filledColumn = column;
            }
            column += row.cells().get(i).colSpan();
        }
        if (filled < 0) return null;
        boolean spans = row.cells().get(filled).colSpan() > 1 || row.cells().size() == 1;
        if (!spans && filledColumn > 1) return null;
        // in a table that is not (yet) a progress table, only a row across the whole table is a heading:
        // a label in the first column of a budget table ("一、基本支出") is a row of it, not a section
        if (columns == null && !(row.cells().size() == 1 || row.cells().get(filled).colSpan() == column)) return null;
        return Headings.parse(cleaned.get(filled).replace("\n", ""));
    }

    private void dataRow(Row row) {
        int width = columns.size();
        String[] texts = new String[width];
        boolean[] merged = new boolean[width];
        Float[] confidence = new Float[width];
        int column = 0;
        StringBuilder surplus = new StringBuilder();
        for (Cell cell : row.cells()) {
            if (column >= width) {
                if (!cell.text().isBlank()) surplus.append(surplus.length() > 0 ? " " : "").append(cell.text());
                column += cell.colSpan();
                continue;
            }
            String text = cell.text();
            if (cell.mergedAbove() && rowAbove != null && rowAbove[column] != null) text = rowAbove[column];
            texts[column] = text;
            merged[column] = cell.mergedAbove();
            confidence[column] = cell.confidence();
            column += cell.colSpan();
        }
        for (int i = 0; i < width; i++) if (texts[i] == null) texts[i] = "";
        if (surplus.length() > 0) {
            warnings.add(new Warning(Warning.EXTRA_CELLS,
                    "a row had more cells than the header; their text was added to the last column" + at(row.where()),
                    row.where().page()));
            texts[width - 1] = TextCleaner.join(texts[width - 1], surplus.toString());
        }

        if (section().columns.isEmpty()) section().columns = columns.shown();
        if (saysNothing(texts)) {
            finishRecord();
            section().saysNothing = true;
            rowAbove = texts;
            afterBreak = false;
            return;
        }
        if (continues(texts, merged)) {
            if (pending != null) {
                pending.append(texts, confidence, row.where());
            } else {
                warnings.add(new Warning(Warning.ORPHAN_CONTINUATION,
                        "a row with an empty 序号 has no record above it; it was kept as a record" + at(row.where()),
                        row.where().page()));
                pending = new RecordBuilder(columns, texts, confidence, row.where());
            }
        } else {
            finishRecord();
            pending = new RecordBuilder(columns, texts, confidence, row.where());
        }
        rowAbove = texts;
        afterBreak = false;
    }

    /** Whether a data row carries on the record above instead of starting one. */
    private boolean continues(String[] texts, boolean[] merged) {
        int seq = columns.indexOf(Field.SEQ);
        if (seq >= 0) return merged[seq] || texts[seq].isBlank();
        // no 序号 column: only the first row after a page break can continue, and only without a source
        if (!afterBreak) return false;
        int key = columns.has(Field.SOURCE) ? columns.indexOf(Field.SOURCE) : columns.indexOf(Field.CONTENT);
        return key >= 0 && texts[key].isBlank() && !merged[key];
    }

    /** A row whose every cell but the 序号 is empty or says 无/暂无, and at least one says it. */
    private boolean saysNothing(String[] texts) {
        boolean any = false;
        for (int i = 0; i < texts.length; i++) {
            if (columns.fields().get(i) == Field.SEQ) continue;
            String t = TextCleaner.clean(texts[i]);
            if (t.isEmpty() || t.equals("/") || t.equals("-") || t.equals("—")) continue;
            if (!NOTHING.contains(t)) return false;
            any = true;
        }
        return any;
    }

    private void finishRecord() {
        if (pending == null) return;
        section().records.add(pending.build());
        pending = null;
    }

    private static String excerpt(String text) {
        String one = text.replace('\n', ' ');
        return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT) + "…";
    }

    private static String at(Provenance where) {
        if (where.page() != null) return " (page " + where.page() + ")";
        if (where.line() != null) return " (line " + where.line() + ")";
        if (where.table() != null && where.row() != null)
            return " (table " + where.table() + ", row " + where.row() + ")";
        return "";
    }

    // ---- builders

    private static final class SectionBuilder {
        String number;
        String title;
        String note;
        List<String> columns = List.of();
        final List<TaskRecord> records = new ArrayList<>();
        boolean saysNothing;

        SectionBuilder(String number, String title, String note) {
            this.number = number;
            this.title = title;
            this.note = note;
        }

        void name(Headings.Heading heading) {
            number = heading.number();
            title = heading.title();
            note = heading.note();
        }

        boolean isUntitledAndEmpty() {
            return number == null && title == null && records.isEmpty() && !saysNothing;
        }

        Section build() {
            return new Section(number, title, note, columns, records);
        }
    }

    private final class RecordBuilder {
        private final ColumnMap map;
        private final String[] texts;
        /** Per column, the lowest OCR confidence of its cells so far, or null. */
        private final Float[] confidence;
        private final List<Provenance> places = new ArrayList<>();

        RecordBuilder(ColumnMap map, String[] texts, Float[] confidence, Provenance where) {
            this.map = map;
            this.texts = texts.clone();
            this.confidence = confidence.clone();
            places.add(where);
        }

        void append(String[] more, Float[] moreConfidence, Provenance where) {
            for (int i = 0; i < texts.length; i++) {
                texts[i] = TextCleaner.join(texts[i], more[i]);
                Float c = moreConfidence[i];
                if (c != null && (confidence[i] == null || c < confidence[i])) confidence[i] = c;
            }
            places.add(where);
        }

        /** The lowest OCR confidence per field name, for the fields that have one. */
        private Map<String, Float> confidence() {
            Map<String, Float> out = new LinkedHashMap<>();
            for (int i = 0; i < confidence.length; i++) {
                Float c = confidence[i];
                if (c == null) continue;
                String key = switch (map.fields().get(i)) {
                    case SEQ -> "seq";
                    case SOURCE -> "source";
                    case CONTENT -> "content";
                    case DEPARTMENTS -> "departments";
                    case PROGRESS -> "progress";
                    case EXTRA -> map.headers().get(i);
                };
                out.merge(key, c, Math::min);
            }
            return out;
        }

        TaskRecord build() {
            String seq = null;
            SourceRef source = null;
            String content = "";
            String progress = "";
            List<String> departments = new ArrayList<>();
            List<Contact> contacts = new ArrayList<>();
            Map<String, String> extra = new LinkedHashMap<>();
            String[] joined = joinContinuedColumns();
            for (int i = 0; i < joined.length; i++) {
                if (map.continued().get(i)) continue;
                String text = TextCleaner.clean(joined[i]);
                switch (map.fields().get(i)) {
                    case SEQ -> seq = text.isEmpty() ? null : text;
                    case SOURCE -> {
                        source = SourceRefs.parse(text, lastDocument);
                        if (source.document() != null && !source.inherited()) lastDocument = source.document();
                    }
                    case CONTENT -> content = text;
                    case DEPARTMENTS -> {
                        Departments.Result r = Departments.parse(text);
                        departments.addAll(r.departments());
                        contacts.addAll(r.contacts());
                    }
                    case PROGRESS -> progress = text;
                    case EXTRA -> {
                        // two columns of one name keep both texts
                        extra.merge(map.headers().get(i), text, (a, b) -> a + "\n" + b);
                        if (HeaderMatcher.fieldOf(map.keys().get(i)) == Field.DEPARTMENTS)
                            contacts.addAll(Departments.parse(text).contacts());
                    }
                }
            }
            return new TaskRecord(seq, source, content, departments, contacts, progress,
                    ProgressItems.split(progress), List.of(), extra, location(), confidence());
        }

        /** The texts with each column under a spanning header cell joined into the cell's first column. */
        private String[] joinContinuedColumns() {
            String[] joined = texts.clone();
            int owner = 0;
            for (int i = 0; i < joined.length; i++) {
                if (!map.continued().get(i)) {
                    owner = i;
                } else if (!joined[i].isBlank()) {
                    joined[owner] = joined[owner].isBlank() ? joined[i] : joined[owner] + "\n" + joined[i];
                }
            }
            return joined;
        }

        private Location location() {
            Set<Integer> pages = new TreeSet<>();
            List<Integer> lines = new ArrayList<>();
            Integer table = null;
            List<Integer> rows = new ArrayList<>();
            List<Location.Box> boxes = new ArrayList<>();
            for (Provenance p : places) {
                if (p.page() != null) pages.add(p.page());
                if (p.page() != null && p.box() != null) {
                    Provenance.Box b = p.box();
                    boxes.add(new Location.Box(p.page(), b.x(), b.y(), b.width(), b.height()));
                }
                if (p.line() != null) lines.add(p.line());
                if (p.table() != null && table == null) table = p.table();
                if (p.row() != null) rows.add(p.row());
            }
            return new Location(List.copyOf(pages), lines, table, rows, boxes);
        }
    }
}
