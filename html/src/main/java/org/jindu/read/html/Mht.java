package org.jindu.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.jindu.exception.CorruptDocumentException;

/**
 * A saved web page in one file ({@code .mht}, {@code .mhtml}: MIME {@code multipart/related}, as
 * Word's "single file web page" and browsers write it): the first {@code text/html} part, decoded from
 * quoted-printable or base64, with the charset its part header names. Images and style sheets are
 * not read.
 */
final class Mht {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_:.-]+)",
            Pattern.CASE_INSENSITIVE);

    private Mht() {
    }

    /** Whether the bytes start like a MIME message: header lines, one of them MIME-Version or a multipart type. */
    static boolean looksLikeMime(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int end = head.indexOf("\n\n") >= 0 ? head.indexOf("\n\n") : head.indexOf("\r\n\r\n");
        String header = end < 0 ? head : head.substring(0, end);
        return header.contains("mime-version:") && header.contains("multipart/");
    }

    /** The page's HTML decoded: by the charset its part's header declares, else as a page is. */
    static Encodings.Decoded html(byte[] bytes, String name) throws CorruptDocumentException {
        MimeTokenStream stream = new MimeTokenStream(MimeConfig.PERMISSIVE);
        stream.parse(new ByteArrayInputStream(bytes));
        String charset = null;
        try {
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                if (state == EntityState.T_START_HEADER) charset = null;
                if (state == EntityState.T_FIELD) {
                    Field f = stream.getField();
                    if ("content-type".equalsIgnoreCase(f.getName())) {
                        Matcher m = CHARSET.matcher(f.getBody());
                        charset = m.find() ? m.group(1) : null;
                    }
                }
                if (state == EntityState.T_BODY && "text/html".equalsIgnoreCase(stream.getBodyDescriptor().getMimeType()))
                    return Encodings.decode(stream.getDecodedInputStream().readAllBytes(), charset);
            }
        } catch (IOException | MimeException e) {
            throw new CorruptDocumentException(name, "is a saved web page (MHT) whose MIME structure is damaged: "
                    + e.getMessage(), e);
        }
        throw new CorruptDocumentException(name, "is a MIME file (MHT) without an HTML part");
    }
}
