package org.jindu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Node;

/**
 * Makes a long Word file for {@code bench/speed-bench.sh}: the body of a DOCX (everything but its
 * closing section properties) repeated {@code TIMES} times, so a 5-page report becomes a
 * 100-page one with the same styles, numbering and tables.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.jindu.bench.RepeatDocx IN.docx TIMES OUT.docx</pre>
 */
public final class RepeatDocx {
    private RepeatDocx() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: RepeatDocx IN.docx TIMES OUT.docx");
            System.exit(2);
        }
        int times = Integer.parseInt(args[1]);
        try (InputStream in = Files.newInputStream(Path.of(args[0]));
                XWPFDocument document = new XWPFDocument(in)) {
            Node body = document.getDocument().getBody().getDomNode();
            Node sectionProperties = null;
            List<Node> content = new ArrayList<>();
            for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
                if ("sectPr".equals(child.getLocalName())) {
                    sectionProperties = child;
                } else {
                    content.add(child);
                }
            }
            for (int copy = 1; copy < times; copy++) {
                for (Node node : content) {
                    body.insertBefore(node.cloneNode(true), sectionProperties);
                }
            }
            try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
                document.write(out);
            }
        }
    }
}
