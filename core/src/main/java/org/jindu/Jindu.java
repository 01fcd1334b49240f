package org.jindu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.jindu.assembly.ReportAssembler;
import org.jindu.layout.Layout;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Report;
import org.jindu.quantity.ReportMetrics;
import org.jindu.read.DocumentReader;
import org.jindu.read.FormatDetector;

/**
 * The way in: reads a progress report into a {@link Report}.
 *
 * <pre>{@code
 * Report report = Jindu.parse(Path.of("市教育局1-9月份进展情况.docx"));
 * report.records().forEach(r -> System.out.println(r.source().item() + "\t" + r.departments()));
 * }</pre>
 *
 * <p>The reader is chosen by the file's content, not its name: text, DOCX, and Word 97-2003 DOC (also
 * WPS). Odd content becomes warnings in the report; a file that cannot be read at all throws a
 * {@link JinduException} subclass saying why ({@link EmptyDocumentException},
 * {@link CorruptDocumentException}, {@link EncryptedDocumentException}, {@link UnsupportedFormatException},
 * {@link TooLargeException} when it needs more memory, stack or time than jindu allows it). A bug of
 * jindu's own met on a document throws {@link InternalErrorException} (code {@code INTERNAL}), never
 * a {@link CorruptDocumentException}: the document is not blamed for it.
 * All methods are thread-safe.
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
        Objects.requireNonNull(path, "path");
        Path name = path.getFileName();
        return parse(Files.readAllBytes(path), name == null ? path.toString() : name.toString());
    }

    /**
     * Reads a report from a stream, which is read to its end but not closed.
     *
     * @param name the document's name for messages and {@code document.file}
     */
    public static Report parse(InputStream in, String name) throws IOException, JinduException {
        Objects.requireNonNull(in, "in");
        return parse(in.readAllBytes(), name);
    }

    /**
     * Reads a report from a file's bytes.
     *
     * @param name the document's name for messages and {@code document.file}
     */
    public static Report parse(byte[] bytes, String name) throws JinduException {
        Objects.requireNonNull(bytes, "bytes");
        try {
            DocumentReader reader = FormatDetector.readerFor(bytes, name);
            Layout layout = reader.read(bytes, name);
            DocumentInfo info = new DocumentInfo(name, layout.format(), sha256(bytes), layout.pages());
            return ReportMetrics.fill(ReportAssembler.assemble(layout, info));
        } catch (StackOverflowError e) {
            throw new TooLargeException(name, "is nested too deeply to read (the reader ran out of stack)", e);
        } catch (OutOfMemoryError e) {
            // What this document held is garbage now; the JVM goes on with the next one.
            throw new TooLargeException(name, "needs more memory than this Java process has (-Xmx "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) to read", e);
        } catch (RuntimeException e) {
            // Every reader turns its library's complaints about the bytes into a JinduException: what is
            // left is jindu's own bug, never the document's fault.
            throw new InternalErrorException(name, e);
        }
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
