package org.jindu.read.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jindu.model.Warning;

/**
 * Finds a web page's encoding and decodes it: a byte-order mark first, then a charset declared in a
 * {@code <meta>} (http-equiv or charset) or XML declaration within the first 8 KB, else UTF-8 when
 * the bytes are valid UTF-8, else GB18030. The GB family (GB2312, GBK, CP936, EUC-CN) is read as
 * GB18030, its superset: pages declared GB2312 routinely hold GBK characters (郟, 堃, 镕) that a strict
 * GB2312 decoder would lose.
 */
final class Encodings {
    private static final int SNIFF = 8192;
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)|<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> GB = Set.of("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "ms936",
            "windows-936", "euc-cn", "x-euc-cn", "csgb2312", "gb18030", "chinese", "iso-ir-58");
    static final Charset GB18030 = Charset.forName("GB18030");

    private Encodings() {
    }

    /** Decoded text, and a warning when bytes had to be replaced. */
    record Decoded(String text, Charset charset, Warning warning) {
    }

    /**
     * Decodes a page.
     *
     * @param declared a charset named outside the bytes (an MHT part's header), or null
     */
    static Decoded decode(byte[] bytes, String declared) {
        int bom = 0;
        Charset charset = null;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        }
        if (charset == null && declared != null) charset = charset(declared);
        if (charset == null) charset = charset(sniff(bytes));
        List<Charset> tries = charset != null ? List.of(charset) : List.of(StandardCharsets.UTF_8, GB18030);
        // a page declared UTF-8 that is not (a GBK page with a template's meta) reads as GB18030
        if (StandardCharsets.UTF_8.equals(charset) && bom == 0) tries = List.of(StandardCharsets.UTF_8, GB18030);
        for (Charset c : tries) {
            try {
                String text = strict(c).decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
                return new Decoded(text, c, null);
            } catch (CharacterCodingException e) {
                // try the next
            }
        }
        Charset c = tries.get(tries.size() - 1);
        String text = new String(bytes, bom, bytes.length - bom, c);
        long replaced = text.chars().filter(ch -> ch == '\uFFFD').count();
        return new Decoded(text, c, new Warning(Warning.ENCODING, replaced
                + " byte sequence(s) are not valid " + c.name() + " and were replaced"));
    }

    /** The charset a page declares in its first 8 KB, or null. */
    static String sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The charset of a name, the GB family as GB18030; null when Java does not know it. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (GB.contains(n)) return GB18030;
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static CharsetDecoder strict(Charset c) {
        return c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

}
