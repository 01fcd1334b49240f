package org.jindu.assembly;

import java.util.ArrayList;
import java.util.List;
import org.jindu.normalize.Field;

/**
 * A header row understood: for each grid column, the field it holds and its header text. A header cell
 * spanning several grid columns gives each of them its field; all but the first are {@code continued},
 * and a record joins their text into the first, unless a second header row names them apart
 * ({@link #refine}).
 *
 * @param fields the field of each grid column
 * @param headers each grid column's header, whitespace-normalised, as written
 * @param keys each grid column's header reduced for comparison (no spaces, no bracketed notes)
 * @param continued for each grid column, whether it continues the header cell to its left
 */
record ColumnMap(List<Field> fields, List<String> headers, List<String> keys, List<Boolean> continued) {
    ColumnMap {
        fields = List.copyOf(fields);
        headers = List.copyOf(headers);
        keys = List.copyOf(keys);
        continued = List.copyOf(continued);
    }

    int size() {
        return fields.size();
    }

    /** The first column holding {@code field}, or -1. */
    int indexOf(Field field) {
        return fields.indexOf(field);
    }

    boolean has(Field field) {
        return fields.contains(field);
    }

    /** True when {@code other} is the same header again, as repeated at the top of a page. */
    boolean sameAs(ColumnMap other) {
        if (keys.equals(other.keys)) return true;
        // the same fields, and each header within one character in five (short ones exact: 工作内容
        // and 工程内容 are different headers): a header repeated on a
        // scanned page reads back with an OCR slip ("工作部门及爱负责人")
        if (!fields.equals(other.fields) || !continued.equals(other.continued)) return false;
        for (int i = 0; i < keys.size(); i++) {
            String a = keys.get(i);
            String b = other.keys.get(i);
            if (distance(a, b) > Math.max(a.length(), b.length()) / 5) return false;
        }
        return true;
    }

    /** Levenshtein distance by UTF-16 unit (header names are short and in the BMP). */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** True when some header cell spans several grid columns. */
    boolean hasSpans() {
        return continued.contains(true);
    }

    /** Whether grid column {@code i} lies under a header cell that spans several columns. */
    boolean spanned(int i) {
        return continued.get(i) || (i + 1 < continued.size() && continued.get(i + 1));
    }

    /** The header names as shown once per header cell, for {@code Section.columns}. */
    List<String> shown() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) if (!continued.get(i)) shown.add(headers.get(i));
        return shown;
    }

    /**
     * This header with the names of a second header row under its spanning cells: "责任单位" over
     * "牵头单位 | 配合单位" becomes two columns. A named column takes the field its name says, else the
     * field of the cell above; a field already taken further left is kept in extra by name.
     *
     * @param sub the second row's text per grid column, empty where it names nothing
     */
    ColumnMap refine(List<String> sub) {
        List<Field> f = new ArrayList<>(fields);
        List<String> h = new ArrayList<>(headers);
        List<String> k = new ArrayList<>(keys);
        List<Boolean> c = new ArrayList<>(continued);
        for (int i = 0; i < size(); i++) {
            String name = sub.get(i);
            if (name.isEmpty() || !spanned(i)) continue;
            String key = HeaderMatcher.key(name);
            Field named = HeaderMatcher.fieldOf(key);
            f.set(i, named == null || named == Field.EXTRA ? fields.get(i) : named);
            h.set(i, HeaderMatcher.display(name));
            k.set(i, keys.get(i) + "/" + key);
            c.set(i, false);
        }
        HeaderMatcher.keepFirstOfEachField(f, c);
        return new ColumnMap(f, h, k, c);
    }
}
