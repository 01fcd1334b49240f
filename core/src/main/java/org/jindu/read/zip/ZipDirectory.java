package org.jindu.read.zip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.read.Limits;

/**
 * A ZIP package (OFD, and any reader's ZIP-based format) read in memory from its central directory:
 * the entries' names come from the directory without unpacking anything, and an entry is unpacked
 * only when asked for, with the JDK's {@link Inflater} and a budget. A ZIP bomb (an entry that unpacks
 * to far more than a document's part ever holds) is refused as soon as the budget runs out, whatever
 * sizes the directory claims, so a hostile file costs bounded time and memory.
 *
 * <pre>{@code
 * ZipDirectory zip = ZipDirectory.open(bytes, name, context.limits());
 * String part = zip.find("OFD.xml");        // null when absent
 * byte[] xml = zip.read(part);               // within the budget
 * }</pre>
 *
 * <p>Not public API: core's module descriptor exports this package to jindu's own reader modules only.
 */
public final class ZipDirectory {
    /** More entries than any document has: a directory this long is refused before anything is read. */
    public static final int MAX_ENTRIES = 20_000;
    /** The most one entry may unpack to (an XML part of a page is a few hundred kB), whatever the limits. */
    public static final int MAX_PART_BYTES = 32 * 1024 * 1024;

    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;

    private final byte[] bytes;
    private final String document;
    private final Map<String, Entry> entries;
    private final Map<String, String> folded = new LinkedHashMap<>();
    private final long budget;
    private long unpacked;

    private record Entry(String name, int flags, int method, long compressed, long size, long offset) {
    }

    private ZipDirectory(byte[] bytes, String document, Map<String, Entry> entries, long budget) {
        this.bytes = bytes;
        this.budget = budget;
        this.document = document;
        this.entries = entries;
        for (String name : entries.keySet()) folded.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }

    /**
     * The package's directory; its entries may unpack to {@link Limits#maxDecompressedBytes()} together.
     *
     * @param document the file's name, for messages
     * @throws CorruptDocumentException when the bytes hold no readable ZIP directory
     * @throws DocumentTooLargeException when the directory lists more than {@value #MAX_ENTRIES} entries
     */
    public static ZipDirectory open(byte[] bytes, String document, Limits limits) throws JinduException {
        Map<String, Entry> entries = directory(bytes, document);
        if (entries == null)
            throw new CorruptDocumentException(document, "is not a readable ZIP package:"
                    + " its central directory is missing or damaged, perhaps the file is cut short");
        return new ZipDirectory(bytes, document, entries, limits.maxDecompressedBytes());
    }

    /**
     * Whether the ZIP directory of these bytes lists an entry of this name (case ignored), read from
     * the directory alone: nothing is unpacked. False for bytes that hold no readable ZIP directory.
     */
    public static boolean contains(byte[] bytes, String entry) {
        try {
            Map<String, Entry> entries = directory(bytes, null);
            if (entries == null) return false;
            for (String name : entries.keySet()) if (name.equalsIgnoreCase(entry)) return true;
            return false;
        } catch (JinduException e) {
            return false;
        }
    }

    /** The entries' names, in directory order. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /** The entry of this name (case ignored when no exact match), or null. */
    public String find(String name) {
        if (entries.containsKey(name)) return name;
        return folded.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * An entry's bytes, unpacked within the budget.
     *
     * @param name an entry's name as {@link #names()} or {@link #find} give it
     * @throws CorruptDocumentException when it cannot be unpacked
     * @throws EncryptedDocumentException when the entry is encrypted
     * @throws DocumentTooLargeException when it unpacks past {@value #MAX_PART_BYTES} bytes or past what
     *     is left of the package's budget
     */
    public byte[] read(String name) throws JinduException {
        Entry e = entries.get(name);
        if (e == null) throw new IllegalArgumentException("no entry " + name);
        if ((e.flags & 1) != 0)
            throw new EncryptedDocumentException(document, "its part " + name + " is encrypted inside the ZIP container;"
                    + " jindu takes no password");
        int at = (int) e.offset;
        if (at < 0 || at + 30 > bytes.length || le32(at) != LOCAL)
            throw corrupt("the part " + name + " is not where the ZIP directory says");
        int start = at + 30 + le16(at + 26) + le16(at + 28);
        long end = start + e.compressed;
        if (end > bytes.length) throw corrupt("the part " + name + " is cut short");
        int limit = (int) Math.max(0, Math.min(MAX_PART_BYTES, budget - unpacked));
        byte[] out;
        if (e.method == 0) {
            if (e.compressed > limit) throw tooLarge(name);
            out = java.util.Arrays.copyOfRange(bytes, start, (int) end);
        } else if (e.method == 8) {
            out = inflate(name, start, (int) e.compressed, limit);
        } else {
            throw corrupt("the part " + name + " is packed with ZIP method " + e.method
                    + ", which jindu does not read (only stored and deflated)");
        }
        unpacked += out.length;
        return out;
    }

    private byte[] inflate(String name, int start, int length, int limit) throws JinduException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(bytes, start, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(Math.max(length * 4, 1024), 1 << 20));
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    if (inflater.needsInput()) break; // the data ends early: take what there is
                    if (inflater.needsDictionary()) throw corrupt("the part " + name + " cannot be unpacked");
                }
                if (out.size() + (long) n > limit) throw tooLarge(name);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException ex) {
            throw new CorruptDocumentException(document, "the part " + name + " cannot be unpacked: " + ex.getMessage(), ex);
        } finally {
            inflater.end();
        }
    }

    private DocumentTooLargeException tooLarge(String name) {
        return new DocumentTooLargeException(document, "the part " + name + " unpacks to more than "
                + (MAX_PART_BYTES >> 20) + " MB, or the package to more than " + (budget >> 20)
                + " MB (the decompression limit): a ZIP bomb; refused");
    }

    private CorruptDocumentException corrupt(String why) {
        return new CorruptDocumentException(document, why);
    }

    /** The central directory's entries by name, or null when there is no directory to read. */
    private static Map<String, Entry> directory(byte[] b, String document) throws JinduException {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (le32(b, i) == EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) return null;
        int count = le16(b, eocd + 10);
        long size = le32(b, eocd + 12) & 0xFFFFFFFFL;
        long offset = le32(b, eocd + 16) & 0xFFFFFFFFL;
        if (count == 0xFFFF || offset == 0xFFFFFFFFL)
            throw new DocumentTooLargeException(document, "is a ZIP64 package: larger than any document jindu reads");
        if (count > MAX_ENTRIES)
            throw new DocumentTooLargeException(document, "is a ZIP package of " + count + " entries, more than the "
                    + MAX_ENTRIES + " a document would hold; refused");
        if (offset + size > eocd) return null;
        Map<String, Entry> entries = new LinkedHashMap<>();
        int p = (int) offset;
        for (int i = 0; i < count; i++) {
            if (p + 46 > b.length || le32(b, p) != CENTRAL) return entries.isEmpty() ? null : entries;
            int flags = le16(b, p + 8);
            int method = le16(b, p + 10);
            long compressed = le32(b, p + 20) & 0xFFFFFFFFL;
            long length = le32(b, p + 24) & 0xFFFFFFFFL;
            int nameLength = le16(b, p + 28);
            int extra = le16(b, p + 30);
            int comment = le16(b, p + 32);
            long local = le32(b, p + 42) & 0xFFFFFFFFL;
            if (p + 46 + nameLength > b.length) return null;
            String name = new String(b, p + 46, nameLength,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            while (name.startsWith("/")) name = name.substring(1);
            name = name.replace('\\', '/');
            if (!name.endsWith("/")) entries.putIfAbsent(name, new Entry(name, flags, method, compressed, length, local));
            p += 46 + nameLength + extra + comment;
        }
        return Collections.unmodifiableMap(entries);
    }

    private int le16(int i) {
        return le16(bytes, i);
    }

    private int le32(int i) {
        return le32(bytes, i);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }
}
