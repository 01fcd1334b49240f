package org.jindu.read.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Reads the text of a page image: the service that an OCR module (artifact {@code jindu-ocr})
 * provides through {@link java.util.ServiceLoader}. Core knows only this interface; the engine's
 * libraries stay in its module.
 *
 * <p>An engine is loaded once per JVM ({@link OcrEngines#find()}) and must be safe to call from
 * several threads at once.
 */
public interface OcrEngine {

    /** The engine and its models, as {@code document.ocr.engine} names them ("PaddleOCR PP-OCRv4 on ONNX Runtime 1.22.0"). */
    String name();

    /** The models it runs, by file name, as {@code document.ocr.models} lists them. */
    List<String> models();

    /**
     * Reads the text lines of an upright page image (skew already corrected).
     *
     * @param page the page, 8-bit grey or RGB
     * @return its text lines in pixel coordinates of {@code page}, in no particular order
     * @throws OcrException when the engine fails on this image
     */
    List<OcrLine> read(BufferedImage page) throws OcrException;

    /**
     * Reads an image holding a single line of text, without looking for it first: for text the
     * detector missed (a lone digit in a table cell).
     *
     * @return the line in pixel coordinates of {@code line}, or null when nothing was read
     * @throws OcrException when the engine fails on this image
     */
    OcrLine readLine(BufferedImage line) throws OcrException;
}
