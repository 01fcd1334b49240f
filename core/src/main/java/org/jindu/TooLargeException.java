package org.jindu;

/**
 * The document goes beyond what jindu reads: more bytes, pages, cells or nesting than it allows, more
 * memory or stack than the reader had, or more time than its budget. The reason names what was too
 * large, so that a person can split the document or raise the limit.
 */
public class TooLargeException extends JinduException {
    public TooLargeException(String document, String message) {
        super(document, message);
    }

    public TooLargeException(String document, String message, Throwable cause) {
        super(document, message, cause);
    }

    @Override
    public String code() {
        return "TOO_LARGE";
    }
}
