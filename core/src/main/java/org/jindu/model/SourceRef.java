package org.jindu.model;

import org.jspecify.annotations.Nullable;

/**
 * The 来源 of a task: the decomposition notice and the item in it.
 * {@code "（十政办发〔2021〕1号） 第12项"} is document {@code 十政办发〔2021〕1号}, item 12.
 *
 * @param text the cell as written, whitespace-normalised
 * @param document the document number, or null when none is named or inherited
 * @param item the item number, or null when none is given
 * @param inherited true when {@code document} was not in this cell but carried over from the
 *     last row that named one, as readers of these tables do
 */
public record SourceRef(String text, @Nullable String document, @Nullable Integer item, boolean inherited) {
}
