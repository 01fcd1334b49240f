package org.jindu.exception;

/** The document claims a format but its bytes do not hold up: binary data in a text file, a broken archive. */
public class CorruptDocumentException extends JinduException {
    public CorruptDocumentException(String document, String message) {
        super(document, message);
    }

    public CorruptDocumentException(String document, String message, Throwable cause) {
        super(document, message, cause);
    }

    @Override
    public String code() {
        return "CORRUPT";
    }
}
