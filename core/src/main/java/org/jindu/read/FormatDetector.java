package org.jindu.read;

import java.util.Optional;
import org.jindu.EmptyDocumentException;
import org.jindu.JinduException;
import org.jindu.UnsupportedFormatException;

/**
 * Chooses a reader by what a file holds, never by its name. Today only text has a reader; the other
 * types are recognised so that the error names what was found.
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    /**
     * The reader for these bytes.
     *
     * @throws EmptyDocumentException for a file with no bytes
     * @throws UnsupportedFormatException for a type without a reader, naming the type
     */
    public static DocumentReader readerFor(byte[] bytes, String name) throws JinduException {
        if (bytes.length == 0) throw new EmptyDocumentException(name);
        if (startsWith(bytes, '%', 'P', 'D', 'F')) return new org.jindu.read.pdf.PdfReader();
        Optional<String> container = containerType(bytes);
        if (container.isPresent()) throw new UnsupportedFormatException(name, container.get());
        return new TextReader();
    }

    /** What a file is when its first bytes name a container format, else empty. */
    static Optional<String> containerType(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) return Optional.of("a PDF document");
        if (startsWith(b, 'P', 'K', 3, 4)) return Optional.of("a ZIP container (DOCX, XLSX or other Office Open XML)");
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) return Optional.of("an OLE2 compound file (Word 97-2003 DOC, WPS or XLS)");
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) return Optional.of("an RTF document");
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF)) return Optional.of("an image");
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
