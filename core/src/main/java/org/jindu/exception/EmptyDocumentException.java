package org.jindu.exception;

/** The document has no bytes, or nothing but whitespace. */
public class EmptyDocumentException extends JinduException {
    public EmptyDocumentException(String document) {
        super(document, "the file is empty");
    }

    @Override
    public String code() {
        return "EMPTY";
    }
}
