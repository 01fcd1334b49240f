package org.jindu.model;

import java.util.List;
import java.util.Objects;

/**
 * How much of a document was read by OCR, and with what: its text there is the engine's reading of
 * an image, not text the document held.
 *
 * @param pages the 1-based pages read by OCR, in order
 * @param engine the engine and its runtime ("PaddleOCR PP-OCRv4 on ONNX Runtime 1.22.0")
 * @param models the model files it ran
 */
public record OcrInfo(List<Integer> pages, String engine, List<String> models) {
    public OcrInfo {
        pages = List.copyOf(pages);
        Objects.requireNonNull(engine, "engine");
        models = List.copyOf(models);
    }
}
