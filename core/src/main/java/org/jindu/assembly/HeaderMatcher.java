package org.jindu.assembly;

import java.util.ArrayList;
import java.util.List;
import org.jindu.normalize.Field;
import org.jindu.normalize.HeaderNames;

/**
 * Recognises the header row of a report table by the genre's column vocabulary. A header cell may wrap
 * ("工作部门及 负责人") and carry a bracketed note ("（需填写联系方式）"); both are ignored for matching
 * and kept for display.
 */
final class HeaderMatcher {
    private static final int MAX_HEADER_LENGTH = HeaderNames.MAX_HEADER_LENGTH;

    private HeaderMatcher() {
    }

    /**
     * The columns of {@code cells}, one grid column each, when they form a header row, else null. A header
     * names at least two of the genre's fields, one of them the content or the progress, and every
     * non-empty cell is short.
     */
    static ColumnMap match(List<String> cells) {
        return match(cells, null);
    }

    /**
     * As {@link #match(List)}, for cells that may span grid columns: a cell spanning {@code n} columns
     * gives each of them its field, all but the first marked continued.
     *
     * @param spans each cell's column span, or null when every cell covers one column
     */
    static ColumnMap match(List<String> cells, List<Integer> spans) {
        List<Field> fields = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Boolean> continued = new ArrayList<>();
        List<Field> named = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String key = key(cell);
            if (key.length() > MAX_HEADER_LENGTH) return null;
            Field field = fieldOf(key);
            if (field == null) field = Field.EXTRA;
            else if (field != Field.EXTRA && !named.contains(field)) named.add(field);
            int span = spans == null ? 1 : Math.max(1, spans.get(c));
            for (int i = 0; i < span; i++) {
                fields.add(field);
                headers.add(display(cell));
                keys.add(key);
                continued.add(i > 0);
            }
        }
        if (named.size() < 2 || !(named.contains(Field.CONTENT) || named.contains(Field.PROGRESS))) return null;
        keepFirstOfEachField(fields, continued);
        return new ColumnMap(fields, headers, keys, continued);
    }

    /**
     * A second column of a field already taken (配合单位 after 责任单位) is kept by name in extra. Columns
     * that continue a spanning header cell keep its field: their text joins the cell's own.
     */
    static void keepFirstOfEachField(List<Field> fields, List<Boolean> continued) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f != Field.EXTRA && !continued.get(i) && fields.indexOf(f) < i)
                fields.set(i, Field.EXTRA);
        }
    }

    static String display(String cell) {
        return HeaderNames.display(cell);
    }

    static String key(String cell) {
        return HeaderNames.key(cell);
    }

    static Field fieldOf(String key) {
        return HeaderNames.fieldOf(key);
    }
}
