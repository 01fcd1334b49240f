/**
 * jindu's core: the facade ({@link org.jindu.Jindu}, {@link org.jindu.JinduParser}), the report model,
 * its JSON, the exceptions, the neutral layout that readers produce, the figure scanner, the linking of
 * tasks across periods ({@code org.jindu.timeline}), and the reader interface that format modules
 * implement. It reads text itself; every other format comes from a
 * reader module found through {@link java.util.ServiceLoader} ({@code jindu-pdf}, {@code jindu-office},
 * … or all of them with {@code jindu-all}). Scanned pages are read by an OCR engine found the same way
 * ({@code org.jindu.read.ocr.OcrEngine}, provided by {@code jindu-ocr}).
 *
 * <p>Assembly, the normalisers, format detection and the text reader are not exported: they may change
 * in any release. The normalisers and the bounded ZIP reader ({@code org.jindu.read.zip}) are opened to
 * jindu's own reader modules only.
 */
module org.jindu.core {
    requires transitive com.fasterxml.jackson.databind;
    requires org.apache.tika.core;
    requires static transitive org.jspecify;
    // scanned pages: deskewing and finding rules in a page image (org.jindu.read.ocr)
    requires java.desktop;

    exports org.jindu;
    exports org.jindu.exception;
    exports org.jindu.model;
    exports org.jindu.json;
    exports org.jindu.layout;
    exports org.jindu.quantity;
    exports org.jindu.read;
    exports org.jindu.read.ocr;
    exports org.jindu.timeline;
    exports org.jindu.normalize to org.jindu.pdf, org.jindu.office, org.jindu.ofd, org.jindu.html, org.jindu.ocr;
    exports org.jindu.read.zip to org.jindu.ofd, org.jindu.office;

    opens org.jindu.model to com.fasterxml.jackson.databind;
    opens org.jindu.timeline to com.fasterxml.jackson.databind;

    uses org.jindu.read.DocumentReader;
    uses org.jindu.quantity.SubjectTrimmer;
    uses org.jindu.read.ocr.OcrEngine;

    provides org.jindu.read.DocumentReader with org.jindu.read.text.TextReader;
}
