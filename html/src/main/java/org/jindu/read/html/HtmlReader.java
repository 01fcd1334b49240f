package org.jindu.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.exception.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.model.Warning;
import org.jindu.read.DocumentReader;
import org.jindu.read.ReadContext;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a web page ({@code .html}, {@code .htm}) holding a progress report with jsoup: the encoding
 * from the bytes ({@link Encodings}: GB2312 and GBK read as GB18030), tables with their
 * {@code rowspan}/{@code colspan}, Word-exported markup (MsoNormal paragraphs, runs split into many
 * spans, {@code &nbsp;} cells), and the site's chrome left out ({@link PageLayout}). Saved
 * single-file pages are read by {@link MhtReader}.
 *
 * <p>A page of more characters than {@value #MAX_CHARS} fails with {@code DocumentTooLargeException}
 * before it is parsed: jsoup builds the whole page as objects, about ten times its text in memory.
 */
public class HtmlReader implements DocumentReader {
    /** Markup nested deeper than {@code Limits.maxDepth}: the parser moved the deeper elements up. */
    public static final String MARKUP_TOO_DEEP = "MARKUP_TOO_DEEP";

    /** The longest page parsed: 16 M characters (a report page is well under 1 M). */
    public static final int MAX_CHARS = 16 << 20;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        if (bytes.length > 4L * MAX_CHARS) throw tooLarge(name);
        return layout(Encodings.decode(bytes, null), name, context);
    }

    /** Parses and lays out a decoded page. */
    Layout layout(Encodings.Decoded decoded, String name, ReadContext context) throws JinduException {
        List<Warning> warnings = new ArrayList<>();
        if (decoded.text().length() > MAX_CHARS) throw tooLarge(name);
        if (decoded.warning() != null) warnings.add(decoded.warning());
        Parser parser = Parser.htmlParser();
        int maxDepth = context.limits().maxDepth();
        parser.setMaxDepth(maxDepth);
        Document doc = parser.parseInput(decoded.text(), "");
        if (deepest(doc) >= maxDepth - 1)
            warnings.add(new Warning(MARKUP_TOO_DEEP, "elements are nested " + maxDepth + " levels deep (the limit"
                    + " maxDepth); the parser moved deeper ones up, so text in them may be out of place or missing"));
        List<Block> blocks = PageLayout.build(doc, context);
        return new Layout(format(), null, blocks, warnings);
    }

    /** The depth of the most deeply nested element, found without recursion. */
    private static int deepest(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), doc);
        return max[0];
    }

    private static DocumentTooLargeException tooLarge(String name) {
        return new DocumentTooLargeException(name, "is a web page of more than " + (MAX_CHARS >> 20)
                + " M characters; jindu reads pages up to that size");
    }
}
