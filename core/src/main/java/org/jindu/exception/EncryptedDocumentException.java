package org.jindu.exception;

/**
 * The document is protected by a password (an encrypted .docx is an OLE2 file holding an
 * {@code EncryptedPackage}; an encrypted .doc sets a flag in its header). jindu takes no passwords:
 * save a copy without one.
 */
public class EncryptedDocumentException extends JinduException {
    public EncryptedDocumentException(String document, String message) {
        super(document, message);
    }

    public EncryptedDocumentException(String document, String message, Throwable cause) {
        super(document, message, cause);
    }

    @Override
    public String code() {
        return "ENCRYPTED";
    }
}
