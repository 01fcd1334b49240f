package org.jindu.assembly;

import java.util.List;

/**
 * A header row understood: for each grid column, the field it holds and its header text.
 *
 * @param fields the field of each column
 * @param headers each column's header, whitespace-normalised, as written
 * @param keys each column's header reduced for comparison (no spaces, no bracketed notes)
 */
record ColumnMap(List<Field> fields, List<String> headers, List<String> keys) {
    ColumnMap {
        fields = List.copyOf(fields);
        headers = List.copyOf(headers);
        keys = List.copyOf(keys);
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
        return keys.equals(other.keys);
    }
}
