package org.jindu.exception;

/** The document is of a type jindu has no reader for; {@link #detected()} names what was found. */
public class UnsupportedFormatException extends JinduException {
    private final String detected;

    public UnsupportedFormatException(String document, String detected) {
        super(document, "no reader for " + detected);
        this.detected = detected;
    }

    /** With a hint saying what would read it: "add the artifact org.jindu:jindu-pdf". */
    public UnsupportedFormatException(String document, String detected, String hint) {
        super(document, "no reader for " + detected + "; " + hint);
        this.detected = detected;
    }

    /** What the content was found to be ("an RTF document (application/rtf)", "an image (image/png)"). */
    public String detected() {
        return detected;
    }

    @Override
    public String code() {
        return "UNSUPPORTED";
    }
}
