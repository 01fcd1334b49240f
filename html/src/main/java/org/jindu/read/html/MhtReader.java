package org.jindu.read.html;

import org.jindu.exception.JinduException;
import org.jindu.layout.Layout;
import org.jindu.read.ReadContext;

/**
 * Reads a saved single-file web page ({@code .mht}, {@code .mhtml}): its first HTML part ({@link Mht}),
 * read as {@link HtmlReader} reads a page.
 */
public final class MhtReader extends HtmlReader {
    @Override
    public String format() {
        return "mht";
    }

    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        return layout(Mht.html(bytes, name), name, context);
    }
}
