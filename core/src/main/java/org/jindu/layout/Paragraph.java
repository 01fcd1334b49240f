package org.jindu.layout;

import java.util.Objects;

/**
 * Text outside tables: a title, a section heading, "附件".
 *
 * @param text the paragraph's text as the reader found it
 * @param where where it starts
 */
public record Paragraph(String text, Provenance where) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }
}
