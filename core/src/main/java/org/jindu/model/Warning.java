package org.jindu.model;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Something odd in a document that did not stop it from being read.
 *
 * @param code a stable, upper-case code, one of the constants here or of later readers
 * @param message what happened, for a person
 * @param page the page it happened on, or null when unknown or the format has no pages
 */
public record Warning(
        String code,
        String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer page) {

    /** No table header with the column names of the genre was found. */
    public static final String NO_TABLE = "NO_TABLE";
    /** A table row came before any header row and could not be placed. */
    public static final String ROW_WITHOUT_HEADER = "ROW_WITHOUT_HEADER";
    /** A continued row (empty 序号) came with no record above it; it was kept as a record of its own. */
    public static final String ORPHAN_CONTINUATION = "ORPHAN_CONTINUATION";
    /** A row had more cells than the header; the surplus text was appended to the last column. */
    public static final String EXTRA_CELLS = "EXTRA_CELLS";
    /** A header row differing from the table's header started a new column layout in the same section. */
    public static final String HEADER_CHANGED = "HEADER_CHANGED";
    /** A paragraph after the first table that is neither a section heading nor a page number. */
    public static final String UNPLACED_TEXT = "UNPLACED_TEXT";
    /** The text could not be decoded cleanly; undecodable bytes were replaced. */
    public static final String ENCODING = "ENCODING";
    /** No title line naming the report was found. */
    public static final String NO_TITLE = "NO_TITLE";

    /**
     * Characters that a PDF page shows inside a table did not come out of its cells exactly once
     * (missing or doubled), or glyphs on the page have no Unicode mapping: the text cannot be trusted
     * as it is.
     */
    public static final String TEXT_LOST = "TEXT_LOST";
    /** A PDF has no text layer (scanned pages): there is nothing to read without OCR. */
    public static final String NO_TEXT_LAYER = "NO_TEXT_LAYER";
    /**
     * Text read by OCR whose characters the engine was unsure of: the message names the page, the
     * cell (row and column of the table on that page) and its text, to check against the scan.
     */
    public static final String OCR_LOW_CONFIDENCE = "OCR_LOW_CONFIDENCE";
    /** The parts of a total ("其中 A 121人，B 40人") do not add up to it. */
    public static final String PARTS_DO_NOT_ADD_UP = "PARTS_DO_NOT_ADD_UP";
    /** A share ("占总数的68.1%") is not what its part divided by its total gives. */
    public static final String SHARE_DOES_NOT_MATCH = "SHARE_DOES_NOT_MATCH";
    /** A rate or a share of a whole is above 100%. */
    public static final String RATE_ABOVE_100 = "RATE_ABOVE_100";

    /**
     * A limit of {@link org.jindu.read.Limits} cut what was read: rows or cells left out, a cell cut short, a
     * span clamped to the table's grid, a page read without its ruled tables. The message names the limit
     * and its option.
     */
    public static final String LIMIT = "LIMIT";

    /** Warnings that mean text was lost or could not be put where it belongs: listed first, and on stderr. */
    private static final List<String> LOSS_FIRST = List.of(TEXT_LOST, NO_TEXT_LAYER, UNPLACED_TEXT,
            ROW_WITHOUT_HEADER, ORPHAN_CONTINUATION, EXTRA_CELLS, ENCODING, LIMIT);
    /** How many messages a grouped warning quotes. */
    private static final int EXAMPLES = 3;

    /**
     * Whether this warning means content was lost or displaced (text not read, not placed, or put
     * elsewhere than it stood), as opposed to a remark on the document's shape or its figures.
     */
    public boolean meansLoss() {
        return LOSS_FIRST.contains(code);
    }

    /**
     * The warnings grouped: one per code, saying how many there were, on which pages, and quoting the
     * first few; the ones that {@linkplain #meansLoss() mean loss} first, then the others in the order
     * they first came. A code that came once keeps its warning as it was.
     */
    public static List<Warning> grouped(List<Warning> warnings) {
        Map<String, List<Warning>> byCode = new LinkedHashMap<>();
        for (Warning w : warnings) byCode.computeIfAbsent(w.code(), k -> new ArrayList<>()).add(w);
        List<Warning> out = new ArrayList<>();
        for (boolean loss : new boolean[] {true, false}) {
            List<String> codes = new ArrayList<>(byCode.keySet());
            if (loss) codes.sort(Comparator.comparingInt(c -> LOSS_FIRST.contains(c) ? LOSS_FIRST.indexOf(c) : LOSS_FIRST.size()));
            for (String code : codes) {
                if (LOSS_FIRST.contains(code) != loss) continue;
                List<Warning> group = byCode.get(code);
                out.add(group.size() == 1 ? group.get(0) : group(code, group));
            }
        }
        return List.copyOf(out);
    }

    private static Warning group(String code, List<Warning> group) {
        TreeSet<Integer> pages = new TreeSet<>();
        for (Warning w : group) if (w.page() != null) pages.add(w.page());
        StringBuilder message = new StringBuilder().append(group.size()).append(" times");
        if (!pages.isEmpty()) message.append(pages.size() == 1 ? " on page " : " on pages ").append(ranges(pages));
        message.append(", e.g. ");
        for (int i = 0; i < Math.min(EXAMPLES, group.size()); i++)
            message.append(i == 0 ? "" : "; ").append(group.get(i).message());
        if (group.size() > EXAMPLES) message.append("; …");
        return new Warning(code, message.toString(), pages.isEmpty() ? null : pages.first());
    }

    private static String ranges(TreeSet<Integer> pages) {
        StringBuilder out = new StringBuilder();
        Integer start = null;
        Integer last = null;
        for (int p : pages) {
            if (last != null && p == last + 1) {
                last = p;
                continue;
            }
            if (start != null) out.append(out.length() > 0 ? ", " : "").append(start.equals(last) ? "" + start : start + "–" + last);
            start = last = p;
        }
        out.append(out.length() > 0 ? ", " : "").append(start.equals(last) ? "" + start : start + "–" + last);
        return out.toString();
    }

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public Warning(String code, String message) {
        this(code, message, null);
    }
}
