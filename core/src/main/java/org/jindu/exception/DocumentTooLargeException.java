package org.jindu.exception;

/**
 * A document goes past one of the {@link Limits} in a way that leaves nothing sensible to read: a
 * file larger than {@link Limits#maxBytes()}, more pages than allowed, a read that ran out of its
 * time budget. The message names the limit and how to raise it.
 */
public class DocumentTooLargeException extends JinduException {
    public DocumentTooLargeException(String document, String message) {
        super(document, message);
    }

    @Override
    public String code() {
        return "TOO_LARGE";
    }
}
