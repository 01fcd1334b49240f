package org.jindu.read.detect;

import org.jindu.read.DocumentReader;
import org.jindu.read.zip.ZipDirectory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.exception.UnsupportedFormatException;
import org.jindu.read.text.TextReader;

/**
 * Chooses the reader for a file by what it holds, never by its name: the one place that decides.
 *
 * <p>Apache Tika's magic-byte detection (tika-core, given no file name) names the container: PDF
 * (read by the PDF reader),
 * an Office Open XML package, an OLE2 compound file, text, or something else. tika-core alone cannot
 * tell a Word package from an Excel one, nor a Word 97-2003 file from other OLE2 files, so the
 * container's own directory settles it: {@code word/document.xml} in a package means DOCX; a
 * {@code WordDocument} stream in an OLE2 file means DOC (WPS Writer files are the same format);
 * {@code EncryptedPackage} in an OLE2 file means a password-protected DOCX; {@code OFD.xml} at the root
 * of a ZIP package means OFD (seen in the ZIP's central directory, before anything is unpacked).
 *
 * <p>An image (PNG, JPEG, TIFF, BMP, GIF) is a scanned page: it goes to the {@code image} reader of
 * {@code jindu-pdf}, which reads it as a page of a scanned PDF, by OCR.
 *
 * <p>Text goes to the text reader, as do bytes that Tika cannot name (text in GB18030 looks like
 * binary to it; the text reader tells the two apart). One exception to "never by name": plain text
 * in a file named as a binary format ({@code .doc}, {@code .docx}, {@code .pdf}, …) is refused as
 * corrupt, since it is not what it claims to be and reading it as a report would hide the mistake.
 */
public final class FormatDetector {
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final Set<String> BINARY_NAMES = Set.of(
            "doc", "docx", "docm", "dot", "dotx", "wps", "wpt", "pdf", "xls", "xlsx", "et", "ppt", "pptx", "dps",
            "odt", "ofd");
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("application/pdf", "a PDF document"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook (XLSX)"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "a PowerPoint presentation (PPTX)"),
            Map.entry("application/vnd.ms-excel", "an Excel 97-2003 workbook (XLS)"),
            Map.entry("application/vnd.ms-powerpoint", "a PowerPoint 97-2003 presentation (PPT)"),
            Map.entry("application/x-tika-ooxml", "an Office Open XML package without a Word document"),
            Map.entry("application/x-tika-msoffice", "an OLE2 compound file without a Word document"),
            Map.entry("application/zip", "a ZIP archive"),
            Map.entry("application/rtf", "an RTF document"),
            Map.entry("text/html", "an HTML page"),
            Map.entry("application/xml", "an XML document"),
            Map.entry("application/vnd.oasis.opendocument.text", "an OpenDocument text (ODT)"));

    private static final String WORD_PACKAGE = "a Word document (DOCX)";
    private static final String WORD_97 = "a Word 97-2003 or WPS document (DOC)";
    private static final String OFD = "an OFD document (GB/T 33190)";
    private static final String WEB_PAGE = "a web page (HTML)";
    private static final String SCANNED_IMAGE = "an image (a scanned page: PNG, JPEG, TIFF, BMP or GIF)";
    private static final String SAVED_WEB_PAGE = "a saved web page (MHT)";
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|table|tr|td|th|tbody|thead)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String EXCEL_PACKAGE = "an Excel workbook (XLSX)";
    private static final String EXCEL_97 = "an Excel 97-2003 or WPS workbook (XLS)";

    private FormatDetector() {
    }

    /**
     * The reader for these bytes.
     *
     * @param name the file's name, for messages (and to catch text posing as a binary format)
     * @throws EmptyDocumentException for a file with no bytes
     * @throws EncryptedDocumentException for a password-protected Word file
     * @throws CorruptDocumentException for a container that is cut short or damaged
     * @throws UnsupportedFormatException for a type without a reader, naming the type
     */
    public static DocumentReader readerFor(byte[] bytes, String name) throws JinduException {
        if (bytes.length == 0) throw new EmptyDocumentException(name);
        String type = mediaType(bytes);
        switch (type) {
            case "application/pdf" -> {
                return Readers.forFormat("pdf", name, describe(type));
            }
            case "application/x-tika-ooxml", "application/zip" -> {
                return packageReader(bytes, name, type);
            }
            case "application/x-tika-msoffice" -> {
                return compoundReader(bytes, name);
            }
            case "image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif" -> {
                // a scanned page saved as an image: read as the page of a scanned PDF, by OCR
                return Readers.forFormat("image", name, SCANNED_IMAGE);
            }
            case "text/html", "application/xhtml+xml" -> {
                return Readers.forFormat("html", name, WEB_PAGE);
            }
            case "multipart/related", "message/rfc822" -> {
                if (isSavedWebPage(bytes)) return Readers.forFormat("mht", name, SAVED_WEB_PAGE);
                throw new UnsupportedFormatException(name, describe(type));
            }
            case "text/plain" -> {
                if (startsLikeHtml(bytes)) return Readers.forFormat("html", name, WEB_PAGE);
                String extension = extension(name);
                if (BINARY_NAMES.contains(extension))
                    throw new CorruptDocumentException(name, "is named ." + extension
                            + " but holds plain text, not a " + extension.toUpperCase(Locale.ROOT)
                            + " document; rename it .txt to read it as text");
                return Readers.forFormat("text", name, "text");
            }
            case "application/octet-stream" -> {
                // Tika names no type: GB18030 text, or binary that the text reader refuses
                if (startsLikeHtml(bytes)) return Readers.forFormat("html", name, WEB_PAGE);
                if (extension(name).equals("et") && !looksLikeText(bytes))
                    throw new UnsupportedFormatException(name, "a WPS Spreadsheets file (.et) in WPS's own format,"
                            + " not the Excel binary format; save it as .xlsx or .xls in WPS");
                // binary bytes under a binary format's name are that format damaged, not "binary data, not text"
                String extension = extension(name);
                if (BINARY_NAMES.contains(extension) && TextReader.looksBinary(bytes))
                    throw new CorruptDocumentException(name, "is named ." + extension + " but its bytes are not a "
                            + extension.toUpperCase(Locale.ROOT) + " document, nor any format jindu reads"
                            + " (damaged, or another kind of file)");
                return Readers.forFormat("text", name, "text");
            }
            default -> {
                if (type.startsWith("text/") && !type.equals("text/html")) return Readers.forFormat("text", name, "text");
                throw new UnsupportedFormatException(name, describe(type));
            }
        }
    }

    /**
     * HTML that tika-core takes for text or cannot name: a fragment that starts with its table, as web
     * systems write "Excel" exports, a page in GBK or in UTF-16 with a byte-order mark.
     */
    private static boolean startsLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head;
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            head = new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        else if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            head = new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        else if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
            head = new String(bytes, 3, n - 3, StandardCharsets.ISO_8859_1);
        else
            head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        return HTML_START.matcher(head).find();
    }

    /** Whether the first bytes hold no NUL and few control characters, as text does. */
    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return false;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control * 50 < n;
    }

    /** A MIME multipart/related message holding an HTML part: a saved web page (.mht, .mhtml). */
    private static boolean isSavedWebPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1 << 16), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("multipart/related") && head.contains("text/html");
    }

    /** The media type by content alone, as tika-core's magic and text detection see it. */
    static String mediaType(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return TYPES.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
    }

    /** An Office Open XML package: DOCX when it holds word/document.xml. */
    private static DocumentReader packageReader(byte[] bytes, String name, String type) throws JinduException {
        // OFD first, from the ZIP directory alone: listing entries with ZipInputStream unpacks them all
        if (ZipDirectory.contains(bytes, "OFD.xml")) return Readers.forFormat("ofd", name, OFD);
        Set<String> entries = new HashSet<>();
        boolean broken = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) entries.add(e.getName());
        } catch (IOException | IllegalArgumentException e) {
            broken = true; // read what came before the damage
        }
        if (entries.contains("word/document.xml")) return Readers.forFormat("docx", name, WORD_PACKAGE);
        if (entries.contains("OFD.xml")) return Readers.forFormat("ofd", name, OFD); // its ZIP directory is damaged
        if (entries.stream().anyMatch(e -> e.startsWith("word/")))
            return Readers.forFormat("docx", name, WORD_PACKAGE); // a package whose main part has another name; the reader follows its relations
        if (broken || entries.isEmpty())
            throw new CorruptDocumentException(name, "is a ZIP package (DOCX or other Office Open XML) that is cut short"
                    + " or damaged: its entries cannot be read");
        if (entries.contains("xl/workbook.bin"))
            throw new UnsupportedFormatException(name, "an Excel binary workbook (XLSB); save it as .xlsx");
        if (entries.stream().anyMatch(e -> e.startsWith("xl/"))) return Readers.forFormat("xlsx", name, EXCEL_PACKAGE);
        if (entries.stream().anyMatch(e -> e.startsWith("ppt/")))
            throw new UnsupportedFormatException(name,
                    describe("application/vnd.openxmlformats-officedocument.presentationml.presentation"));
        if (entries.contains("mimetype") && entries.contains("content.xml"))
            throw new UnsupportedFormatException(name, describe("application/vnd.oasis.opendocument.text"));
        throw new UnsupportedFormatException(name, describe(type));
    }

    /** An OLE2 compound file: a Word 97-2003 (or WPS) document, an encrypted DOCX, or something else. */
    private static DocumentReader compoundReader(byte[] bytes, String name) throws JinduException {
        Set<String> streams;
        try {
            streams = Ole2Directory.entryNames(bytes);
        } catch (RuntimeException e) {
            throw new CorruptDocumentException(name,
                    "is an OLE2 compound file (Word 97-2003 DOC, WPS, XLS) that is damaged: its directory cannot be read");
        }
        if (streams.contains("EncryptedPackage") || streams.contains("EncryptionInfo"))
            throw new EncryptedDocumentException(name,
                    "is protected by a password (an encrypted Office Open XML package); save a copy without a password");
        if (streams.contains("WordDocument")) return Readers.forFormat("doc", name, WORD_97);
        if (streams.contains("Workbook")) return Readers.forFormat("xls", name, EXCEL_97);
        if (streams.contains("Book"))
            throw new UnsupportedFormatException(name,
                    "an Excel 5.0/95 workbook (BIFF5) or older; save it as .xlsx");
        if (streams.contains("PowerPoint Document"))
            throw new UnsupportedFormatException(name, describe("application/vnd.ms-powerpoint"));
        throw new UnsupportedFormatException(name, describe("application/x-tika-msoffice"));
    }

    /** "a PDF document (application/pdf)": words for people, the media type for tables of failures. */
    static String describe(String type) {
        String words = DESCRIPTIONS.get(type);
        if (words == null) {
            try {
                String d = TYPES.forName(type).getDescription();
                words = d == null || d.isBlank() ? null : d;
            } catch (MimeTypeException e) {
                words = null;
            }
        }
        return words == null ? type : words + " (" + type + ")";
    }

    private static String extension(String name) {
        if (name == null) return "";
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot > slash && dot >= 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
