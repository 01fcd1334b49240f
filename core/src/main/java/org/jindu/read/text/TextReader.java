package org.jindu.read.text;

import org.jindu.read.DocumentReader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.read.Limits;
import org.jindu.read.ReadContext;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.Warning;

/**
 * Reads text pulled out of a report (the form of {@code testdata/seed}): a line with tabs is a table
 * row, its cells split at the tabs; a line without is a paragraph; a blank line ends a table piece.
 * {@code <p>…</p>} fragments that an earlier conversion left inside cells become paragraph breaks.
 * A form feed starts a new page.
 *
 * <p>The encoding is found from the bytes: a byte-order mark, else UTF-8 when the bytes are valid
 * UTF-8, else GB18030 (which covers GBK and GB2312) when they are valid in it.
 */
public final class TextReader implements DocumentReader {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("</p>\\s*<p>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("</?p>", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Override
    public String format() {
        return "text";
    }

    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        Limits limits = context.limits();
        List<Warning> warnings = new ArrayList<>();
        String text = decode(bytes, name, warnings);
        if (text.isBlank()) throw new EmptyDocumentException(name);
        if (looksBinary(text))
            throw new CorruptDocumentException(name, "holds binary data, not text (control characters throughout)");

        boolean paged = text.indexOf('\f') >= 0;
        int page = 1;
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        text = null; // the lines hold it now
        int maxChars = limits.maxCellChars();
        boolean cut = false;
        int kept = 0;
        for (int i = 0; i < lines.length; i++) {
            if ((i & 1023) == 0) context.checkTime();
            if (kept++ >= limits.maxRows()) {
                warnings.add(new Warning(Warning.LIMIT, "the text has more than " + limits.maxRows()
                        + " lines; the rest, from line " + (i + 1) + ", was not read (raise the limit with --max-rows)"));
                break;
            }
            String line = lines[i];
            lines[i] = null;
            if (line.length() > maxChars) {
                line = line.substring(0, maxChars);
                if (!cut) warnings.add(new Warning(Warning.LIMIT, "line " + (i + 1) + " has more than " + maxChars
                        + " characters; it and any other such line were cut there (raise the limit with --max-cell-chars)"));
                cut = true;
            }
            int feeds = (int) line.chars().filter(c -> c == '\f').count();
            if (feeds > 0) {
                // a form feed ends the table piece of the page before it
                flush(rows, blocks);
                page += feeds;
                line = line.replace("\f", "");
            }
            Provenance where = Provenance.line(i + 1, paged ? page : null);
            if (line.isBlank()) {
                flush(rows, blocks);
            } else if (line.indexOf('\t') >= 0) {
                String[] parts = line.split("\t", -1);
                List<Cell> cells = new ArrayList<>(parts.length);
                for (String part : parts) cells.add(Cell.of(cellText(part), where));
                rows.add(new Row(cells, where));
            } else {
                flush(rows, blocks);
                blocks.add(new Paragraph(cellText(line).strip(), where));
            }
        }
        flush(rows, blocks);
        return new Layout(format(), paged ? page : null, blocks, warnings);
    }

    private static void flush(List<Row> rows, List<Block> blocks) {
        if (rows.isEmpty()) return;
        blocks.add(new Table(rows, rows.get(0).where()));
        rows.clear();
    }

    /** A cell's text with the leftover paragraph tags turned into breaks. */
    static String cellText(String raw) {
        String s = PARAGRAPH_BREAK.matcher(raw).replaceAll("\n");
        return PARAGRAPH_TAG.matcher(s).replaceAll("");
    }

    static String decode(byte[] b, String name, List<Warning> warnings) throws JinduException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        for (int i = 0; i < b.length; i++)
            if (b[i] == 0) throw new CorruptDocumentException(name, "holds binary data, not text (NUL bytes)");
        String strict = strictDecode(b, StandardCharsets.UTF_8);
        if (strict != null) return strict;
        strict = strictDecode(b, GB18030);
        if (strict != null) return strict;
        warnings.add(new Warning(Warning.ENCODING,
                "the text is neither valid UTF-8 nor GB18030; undecodable bytes were replaced by U+FFFD"));
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String strictDecode(byte[] b, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether these bytes are binary data rather than text in any encoding the reader knows. */
    public static boolean looksBinary(byte[] b) {
        try {
            return looksBinary(decode(b, "", new ArrayList<>()));
        } catch (JinduException e) {
            return true; // NUL bytes without a UTF-16 byte-order mark
        }
    }

    /** More than one character in twenty a control character other than tab, line ends and form feed. */
    private static boolean looksBinary(String text) {
        long control = text.chars()
                .filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0xFFFD)
                .count();
        return control * 20 > text.length();
    }
}
