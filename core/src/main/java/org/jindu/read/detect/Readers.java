package org.jindu.read.detect;

import org.jindu.read.DocumentReader;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.jindu.exception.UnsupportedFormatException;

/**
 * The readers installed on the class path, found once through {@link ServiceLoader} and kept by the
 * format they read. A format without a reader gives an error naming the artifact that reads it.
 */
final class Readers {
    /** The Maven artifact holding the reader of each format, for the message when it is missing. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            "pdf", "jindu-pdf",
            "image", "jindu-pdf",
            "docx", "jindu-office",
            "doc", "jindu-office",
            "xlsx", "jindu-office",
            "xls", "jindu-office",
            "ofd", "jindu-ofd",
            "html", "jindu-html",
            "mht", "jindu-html");

    private static final class Holder {
        static final Map<String, DocumentReader> BY_FORMAT = load();
    }

    private Readers() {
    }

    private static Map<String, DocumentReader> load() {
        Map<String, DocumentReader> readers = new HashMap<>();
        for (DocumentReader r : ServiceLoader.load(DocumentReader.class, Readers.class.getClassLoader()))
            readers.putIfAbsent(r.format(), r);
        return Map.copyOf(readers);
    }

    /** Whether a reader of {@code format} is installed. */
    static boolean has(String format) {
        return Holder.BY_FORMAT.containsKey(format);
    }

    /**
     * The installed reader of {@code format}.
     *
     * @param what the format in words for the message: "a PDF document"
     * @throws UnsupportedFormatException when none is installed, naming the artifact to add
     */
    static DocumentReader forFormat(String format, String name, String what) throws UnsupportedFormatException {
        DocumentReader reader = Holder.BY_FORMAT.get(format);
        if (reader != null) return reader;
        String artifact = ARTIFACTS.get(format);
        if (artifact == null) throw new UnsupportedFormatException(name, what);
        throw new UnsupportedFormatException(name, what, "no " + format.toUpperCase(Locale.ROOT)
                + " reader is installed: add the artifact org.jindu:" + artifact + " (or org.jindu:jindu-all)");
    }
}
