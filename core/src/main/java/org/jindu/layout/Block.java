package org.jindu.layout;

/** A paragraph or a table of a {@link Layout}. */
public sealed interface Block permits Paragraph, Table {
    /** Where the block starts. */
    Provenance where();
}
