package org.jindu.layout;

import org.jindu.normalize.TextCleaner;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jindu.normalize.PageNumbers;

/**
 * Gives each table of a layout the caption and the unit line printed just above it, whatever format
 * the layout was read from: a pass over the neutral layout, so that PDF, OFD, Word, Excel, web pages
 * and text get the same rule. {@link org.jindu.JinduParser#layout} runs it; a caller holding a layout
 * from a reader of its own runs it so:
 *
 * <pre>{@code
 * Layout layout = Captions.attach(reader.read(bytes, name));
 * Table first = Tables.stitched(layout).get(0);
 * System.out.println(first.caption() + " (" + first.unit() + ")");   // 表1 2024年各县财政收入 (万元)
 * }</pre>
 *
 * <p>Going up from a table over at most four paragraphs, on the table's page and each within three
 * lines of what is below it:
 * <ul>
 *   <li>a <b>unit line</b> ({@code 单位：万元}, {@code （单位：亩）}, {@code 金额单位：元}, also after other text
 *       on its line, as in {@code 填报单位：某局  单位：万元} or {@code 表1 收入（单位：万元）}) gives the unit;
 *   <li>a <b>caption</b> is a line of at most 60 characters not ending in punctuation that starts with a
 *       table number ({@code 表1}, {@code 表2-1}, {@code 续表3}, {@code 附表一}) or ends in {@code 表}
 *       ({@code …情况表}, {@code 1、合并资产负债表}), or else is centred on the page where the format says
 *       so (PDF, OFD, Word) and is neither a numbered heading ({@code 一、}, {@code （二）}, {@code 3.}, {@code 11.4}), a
 *       date, nor text that recurs on other pages (a running head); the search stops there;
 *   <li>a form line of labels and values ({@code 编制单位：某公司}, {@code 填报日期：2024年3月31日}) and a
 *       date or period alone ({@code 2018年03月31日}) are passed over;
 *   <li>anything else, a table, another page or a wider gap ends the search.
 * </ul>
 * Caption and unit are cleaned as cell text is (no space between Chinese and digits), keeping the space
 * after a table number. The paragraphs stay in the layout; a caption or unit the reader already set is
 * kept.
 */
public final class Captions {
    private static final int MAX_UP = 4;
    private static final int MAX_CAPTION = 60;
    private static final int MAX_UNIT_LINE = 80;
    private static final int MAX_UNIT = 12;
    /** Lines of gap allowed between a caption or unit line and what is below it. */
    private static final float MAX_GAP_LINES = 3f;
    private static final float DEFAULT_LINE = 12f;

    private static final Pattern UNIT = Pattern.compile(
            "(?:金额|计量|数量|货币|价格|面积|重量)?单位\\s*[:：]\\s*([^\\s，,；;。、）)】\\]]+(?:[、，,/][^\\s，,；;。、）)】\\]]+)*)");
    private static final Pattern TABLE_NUMBER = Pattern.compile(
            "^(?:续|附)?表\\s*[0-9０-９一二三四五六七八九十〇零]+(?:[-－—.．][0-9０-９]+)*(?![0-9０-９年月日])");
    private static final Pattern ENDS_TABLE = Pattern.compile("(?<![下如见此该本上附])表\\s*(?:[（(][^（()）]{1,20}[）)])?$");
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:第[一二三四五六七八九十百零〇\\d]+[部分章节条篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、．.](?![\\d])|\\d+(?:[.．]\\d+)+(?![\\d])|附件\\s*\\d*\\s*$)");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。；;，,：:！!？?、…]$");
    /** A line that is a date or a period alone: 2018年03月31日, 2024年1-6月, 2024年度. */
    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}\\s*年[\\d\\s月日号至到\\-—－~年度季第一二三四上下半]{0,16}$");
    /** Where a form line's label-and-value parts part: two spaces, or a space before the next label. */
    private static final Pattern FORM_SPLIT = Pattern.compile("\\s{2,}|\\s+(?=[\\p{IsHan}]{1,6}\\s*[:：])");
    /** One label and its value: 填报单位：某局, 填报日期：2024年3月31日, 制表人：. */
    private static final Pattern FORM_PART = Pattern.compile("^[\\p{IsHan}]{1,6}\\s*[:：]\\s*[^:：]{0,30}$");

    private Captions() {
    }

    /** The layout with each table's caption and unit found in the paragraphs above it (see the class). */
    public static Layout attach(Layout layout) {
        Objects.requireNonNull(layout, "layout");
        List<Block> blocks = layout.blocks();
        Set<String> running = null;
        List<Block> out = new ArrayList<>(blocks.size());
        boolean changed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!(b instanceof Table t) || t.caption() != null && t.unit() != null) {
                out.add(b);
                continue;
            }
            if (running == null) running = runningText(blocks);
            Table found = find(blocks, i, t, running);
            changed |= found != t;
            out.add(found);
        }
        return changed ? new Layout(layout.format(), layout.pages(), out, layout.warnings(), layout.ocr()) : layout;
    }

    private static Table find(List<Block> blocks, int index, Table table, Set<String> running) {
        String caption = null;
        String unit = null;
        Block below = table;
        for (int k = index - 1, seen = 0; k >= 0 && seen < MAX_UP; k--, seen++) {
            if (!(blocks.get(k) instanceof Paragraph p) || !near(p, below)) break;
            String text = oneLine(p.text());
            if (text.isEmpty()) break;
            MatchResult m = unitLabel(text);
            if (m != null) {
                if (unit == null) unit = m.group(1);
                String before = text.substring(0, m.start()).replaceAll("[\\s（(【\\[]+$", "").strip();
                if (!before.isEmpty() && isCaption(before, false, running)) {
                    caption = before;
                    break;
                }
                below = p;
                continue;
            }
            if (isCaption(text, p.centred(), running)) {
                caption = text;
                break;
            }
            if (isFormLine(text) || DATE_LINE.matcher(text).matches()) {
                below = p;
                continue;
            }
            break;
        }
        String newCaption = table.caption() != null || caption == null ? table.caption() : clean(caption);
        String newUnit = table.unit() != null || unit == null ? table.unit() : clean(unit);
        if (Objects.equals(newCaption, table.caption()) && Objects.equals(newUnit, table.unit())) return table;
        return table.withCaption(newCaption, newUnit);
    }

    /**
     * The text as jindu cleans cell text (no space between Chinese and digits), on one line; a space
     * after a leading table number stays ({@code 表2 重点项目}).
     */
    private static String clean(String text) {
        Matcher number = TABLE_NUMBER.matcher(text);
        if (number.find() && number.end() < text.length() && Character.isWhitespace(text.charAt(number.end())))
            return clean(text.substring(0, number.end())) + " " + clean(text.substring(number.end()));
        return TextCleaner.clean(text).replace("\n", "");
    }

    /**
     * The unit a unit line names: {@code 万元} for {@code 单位：万元} or {@code （单位：万元）}, {@code 元} for
     * {@code 金额单位：元}, {@code 万元、%} for {@code 单位：万元、%}; null when the line names none. The label
     * must stand at the start of the line or after a space, bracket or punctuation: 填报单位：某局 names
     * the bureau that filled the form in, not a unit.
     */
    public static @Nullable String unit(String line) {
        Objects.requireNonNull(line, "line");
        MatchResult m = unitLabel(oneLine(line));
        return m == null ? null : clean(m.group(1));
    }

    /** The last unit label of the line that names a unit, or null. */
    private static @Nullable MatchResult unitLabel(String text) {
        if (text.length() > MAX_UNIT_LINE) return null;
        Matcher m = UNIT.matcher(text);
        MatchResult last = null;
        while (m.find()) {
            if (m.start() > 0) {
                char before = text.charAt(m.start() - 1);
                if (!Character.isWhitespace(before) && "（(【[，,；;、:：".indexOf(before) < 0) continue;
            }
            if (m.group(1).length() > MAX_UNIT) continue;
            // the unit must end the line, or be followed by a bracket or other labels (日期：…)
            String after = text.substring(m.end()).strip();
            if (!after.isEmpty() && !after.matches("^[）)】\\]].*") && !isFormLine(after)) continue;
            last = m.toMatchResult();
        }
        return last;
    }

    /** A line of labels and their values only: 填报单位：某局  填报日期：2024年3月31日. */
    private static boolean isFormLine(String text) {
        if (text.length() > MAX_UNIT_LINE || ENDS_SENTENCE.matcher(text).find() && !text.endsWith("：") && !text.endsWith(":"))
            return false;
        for (String part : FORM_SPLIT.split(text.strip()))
            if (!FORM_PART.matcher(part).matches()) return false;
        return true;
    }

    private static boolean isCaption(String text, boolean centred, Set<String> running) {
        if (text.length() < 2 || text.length() > MAX_CAPTION) return false;
        if (ENDS_SENTENCE.matcher(text).find() || PageNumbers.is(text)) return false;
        if (TABLE_NUMBER.matcher(text).find() || ENDS_TABLE.matcher(text).find()) return true;
        return centred && !HEADING.matcher(text).find() && !running.contains(key(text)) && !isFormLine(text)
                && !DATE_LINE.matcher(text).matches();
    }

    /** Whether the paragraph sits right above {@code below}: same page, and close where boxes are known. */
    private static boolean near(Paragraph p, Block below) {
        Integer page = p.where().page();
        Integer belowPage = below.where().page();
        if (page != null && belowPage != null && !page.equals(belowPage)) return false;
        Provenance.Box a = p.where().box();
        Provenance.Box b = below.where().box();
        if (a == null || b == null) return true;
        float line = p.size() != null && p.size() > 0 ? p.size() * 1.5f : DEFAULT_LINE * 1.5f;
        float gap = b.y() - (a.y() + a.height());
        return gap <= MAX_GAP_LINES * line;
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) out.append(line.strip());
        return out.toString().strip().replaceAll("[\\s\u3000]+", " ");
    }

    /** Paragraph texts (digits and spaces aside) found on two or more pages: running heads and feet. */
    private static Set<String> runningText(List<Block> blocks) {
        Map<String, Set<Integer>> pages = new HashMap<>();
        for (Block b : blocks)
            if (b instanceof Paragraph p && p.where().page() != null)
                pages.computeIfAbsent(key(p.text()), k -> new HashSet<>()).add(p.where().page());
        Set<String> out = new HashSet<>();
        pages.forEach((text, on) -> {
            if (on.size() >= 2 && !text.isEmpty()) out.add(text);
        });
        return out;
    }

    private static String key(String text) {
        return text.replaceAll("[\\s\\d\u3000]+", "");
    }
}
