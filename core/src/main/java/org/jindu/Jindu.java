package org.jindu;

import org.jindu.exception.JinduException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jindu.model.Report;

/**
 * The way in: reads a progress report into a {@link Report}.
 *
 * <pre>{@code
 * Report report = Jindu.parse(Path.of("市教育局1-9月份进展情况.docx"));
 * report.records().forEach(r -> System.out.println(r.source().item() + "\t" + r.departments()));
 * }</pre>
 *
 * <p>The reader is chosen by the file's content, not its name: text, DOCX, Word 97-2003 DOC (also
 * WPS) and PDF, with whatever other readers are installed. Odd content becomes warnings in the report; a file that cannot be read at all throws a
 * {@link JinduException} subclass saying why ({@link EmptyDocumentException},
 * {@link CorruptDocumentException}, {@link EncryptedDocumentException}, {@link UnsupportedFormatException}).
 * All methods are thread-safe. For options (figures off, HanLP off, limits) build a
 * {@link JinduParser}; these methods use {@link JinduParser#defaults()}.
 */
public final class Jindu {
    private Jindu() {
    }

    /**
     * Reads a report from a file.
     *
     * @throws IOException when the file cannot be read (missing, no permission)
     * @throws JinduException when its content cannot be read as a report
     */
    public static Report parse(Path path) throws IOException, JinduException {
        return JinduParser.defaults().parse(path);
    }

    /**
     * Reads a report from a stream, which is read to its end but not closed.
     *
     * @param name the document's name for messages and {@code document.file}
     */
    public static Report parse(InputStream in, String name) throws IOException, JinduException {
        return JinduParser.defaults().parse(in, name);
    }

    /**
     * Reads a report from a file's bytes.
     *
     * @param name the document's name for messages and {@code document.file}
     */
    public static Report parse(byte[] bytes, String name) throws JinduException {
        return JinduParser.defaults().parse(bytes, name);
    }

    /** This library's version, from the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Jindu.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * The SHA-256 of a file's bytes in lower-case hex, as {@code document.sha256} gives it: the key to
     * tell whether a document was read before without parsing it again.
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
