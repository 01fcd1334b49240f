package org.jindu.exception;

/**
 * A document could not be read at all. Odd content never throws: it becomes a
 * {@link org.jindu.model.Warning} in the report. Subclasses say why, so that a batch can record the
 * reason and go on.
 */
public class JinduException extends Exception {
    private final String document;
    private final String reason;

    public JinduException(String document, String message) {
        this(document, message, null);
    }

    public JinduException(String document, String message, Throwable cause) {
        super(document == null ? message : document + ": " + message, cause);
        this.document = document;
        this.reason = message;
    }

    /** The name of the document that failed, or null. */
    public String document() {
        return document;
    }

    /** Why the document failed, without its name: "the file is empty". */
    public String reason() {
        return reason;
    }

    /** A short stable code for the reason, for tables of failures: {@code EMPTY}, {@code CORRUPT}, .... */
    public String code() {
        return "UNREADABLE";
    }
}
