package org.jindu.read.ocr;

/** An OCR engine failed on an image (its runtime could not run the models). */
public class OcrException extends Exception {
    private static final long serialVersionUID = 1L;

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
