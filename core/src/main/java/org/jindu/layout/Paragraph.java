package org.jindu.layout;

import java.util.Objects;

/**
 * Text outside tables: a title, a section heading, "附件".
 *
 * @param text the paragraph's text as the reader found it
 * @param where where it starts
 * @param size the size of its text in points, when the format shows it (PDF), else null: the cover's
 *     title is its biggest text
 * @param centred whether its lines are centred on the page (as a title is), when the format shows it
 */
public record Paragraph(String text, Provenance where, Float size, boolean centred) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }

    /** A paragraph whose size and alignment are not known. */
    public Paragraph(String text, Provenance where) {
        this(text, where, null, false);
    }
}
