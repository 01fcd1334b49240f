package org.jindu.read.ocr;

import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link OcrEngine} on the classpath, once per JVM: the first that {@link ServiceLoader}
 * lists. Without one (no {@code jindu-ocr} artifact), scanned pages stay unread and say so.
 */
public final class OcrEngines {
    /** The Maven coordinates that bring an engine, for messages. */
    public static final String ARTIFACT = "org.jindu:jindu-ocr";

    private OcrEngines() {
    }

    private static final class Holder {
        static final Optional<OcrEngine> ENGINE = load();
    }

    /** The engine, or empty when no OCR module is on the classpath. */
    public static Optional<OcrEngine> find() {
        return Holder.ENGINE;
    }

    private static Optional<OcrEngine> load() {
        try {
            Iterator<OcrEngine> it = ServiceLoader.load(OcrEngine.class, OcrEngines.class.getClassLoader()).iterator();
            return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
        } catch (ServiceConfigurationError e) {
            return Optional.empty();
        }
    }
}
