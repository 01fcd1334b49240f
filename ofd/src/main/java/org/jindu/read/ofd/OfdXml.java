package org.jindu.read.ofd;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jindu.exception.CorruptDocumentException;

/**
 * The JDK's StAX parser, made safe for documents from anywhere: no DTDs, no external entities, and a
 * part that declares a document type at all is refused (OFD's XML never has one; a DOCTYPE in a
 * package is an attack such as XXE or "billion laughs", or not OFD).
 */
final class OfdXml {
    private OfdXml() {
    }

    /**
     * A reader over one part, positioned before its first event. The bytes are decoded here (a BOM,
     * else the declared encoding, else UTF-8), so that bytes that are not text fail as an
     * {@link XMLStreamException} rather than as the JDK parser's message on standard error.
     */
    static XMLStreamReader open(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(new StringReader(decode(xml)));
    }

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    static String decode(byte[] xml) throws XMLStreamException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (xml.length >= 2 && (xml[0] & 0xFF) == 0xFE && (xml[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (xml.length >= 2 && (xml[0] & 0xFF) == 0xFF && (xml[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            Matcher m = DECLARED.matcher(new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                    if (charset.name().equals("GBK") || charset.name().equals("GB2312")) charset = Charset.forName("GB18030");
                } catch (IllegalArgumentException e) {
                    throw new XMLStreamException("it declares the encoding " + m.group(1) + ", which this Java does not know");
                }
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(xml, skip, xml.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new XMLStreamException("its bytes are not " + charset.name() + " text (" + e.getMessage() + ")");
        }
    }

    /**
     * The next event, refusing a document type declaration.
     *
     * @throws CorruptDocumentException at a DOCTYPE
     */
    static int next(XMLStreamReader in, String document, String part) throws XMLStreamException, CorruptDocumentException {
        int event = in.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                || event == XMLStreamConstants.ENTITY_DECLARATION)
            throw new CorruptDocumentException(document, "its part " + part + " declares a document type or entities"
                    + " (<!DOCTYPE …>): OFD's XML has none, and jindu expands no entities (XXE); refused");
        return event;
    }

    /** An element's text content (its text children, coalesced), with the reader left at its end tag. */
    static String text(XMLStreamReader in, String document, String part) throws XMLStreamException, CorruptDocumentException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next(in, document, part);
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) out.append(in.getText());
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> depth = 0;
                default -> {
                }
            }
        }
        return out.toString();
    }

    /** An attribute by local name, whatever its namespace, or null. */
    static String attr(XMLStreamReader in, String name) {
        for (int i = 0; i < in.getAttributeCount(); i++)
            if (in.getAttributeLocalName(i).equals(name)) return in.getAttributeValue(i);
        return null;
    }

    /** Numbers separated by whitespace; what does not parse is left out. */
    static float[] numbers(String s) {
        if (s == null || s.isBlank()) return new float[0];
        String[] parts = s.trim().split("\\s+");
        float[] out = new float[parts.length];
        int n = 0;
        for (String p : parts) {
            try {
                float v = Float.parseFloat(p);
                if (Float.isFinite(v)) out[n++] = v;
            } catch (NumberFormatException e) {
                // left out
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
