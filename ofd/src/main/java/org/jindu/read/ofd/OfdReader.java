package org.jindu.read.ofd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.JinduException;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.model.Warning;
import org.jindu.read.DocumentReader;
import org.jindu.read.ReadContext;
import org.jindu.read.zip.ZipDirectory;
import org.jindu.read.pdf.PageTables;

/**
 * Reads an OFD document (GB/T 33190-2016, the fixed-layout format Chinese government documents are
 * issued and archived in) with the JDK's zip and StAX: its ZIP container from the central directory
 * ({@link ZipDirectory}, with budgets against ZIP bombs) and its XML with StAX (no DTDs, no entities).
 *
 * <p>{@code OFD.xml} names the document ({@code DocRoot}); {@code Document.xml} lists the pages, the
 * templates and the resources (fonts by ID); each page's content and the templates it uses give
 * glyphs ({@code TextObject}/{@code TextCode}) and rulings ({@code PathObject}: straight strokes, thin
 * filled boxes), in every layer and page block. These go into the same table engine as PDF pages
 * ({@link PageTables}): cells from the rulings, unruled tables by their header, paragraphs, and the
 * check that no character inside a table is lost. Coordinates (millimetres in OFD) become points.
 *
 * <p>Limits ({@link ReadContext}): the parts together unpack to at most
 * {@link org.jindu.read.Limits#maxDecompressedBytes()}; past {@link org.jindu.read.Limits#maxPages()} pages the
 * rest is left out with a warning; a page drawing more than
 * {@link org.jindu.read.Limits#maxRulingsPerPage()} lines is read without ruled tables; the time budget
 * is checked between pages.
 */
public final class OfdReader implements DocumentReader {

    /** A font resource. */
    record Font(String id, String name, String charset, boolean bold) {
    }

    private record PageRef(String id, String part) {
    }

    @Override
    public String format() {
        return "ofd";
    }

    @Override
    public Layout read(byte[] bytes, String name, ReadContext context) throws JinduException {
        ZipDirectory zip = ZipDirectory.open(bytes, name, context.limits());
        String entry = zip.find("OFD.xml");
        if (entry == null)
            throw new CorruptDocumentException(name, "is a ZIP package without OFD.xml, so not an OFD document");
        List<Warning> warnings = new ArrayList<>();
        List<String> roots = docRoots(zip, entry, name);
        if (roots.isEmpty()) throw new CorruptDocumentException(name, "its OFD.xml names no document (DocRoot)");
        if (roots.size() > 1)
            warnings.add(new Warning(Warning.UNPLACED_TEXT, "the package holds " + roots.size()
                    + " documents; only the first (" + roots.get(0) + ") is read"));
        String documentPart = resolve(zip, "", roots.get(0));
        if (documentPart == null)
            throw new CorruptDocumentException(name, "its document " + roots.get(0) + " is missing from the package");

        // Document.xml: pages, templates, page size, resources
        List<PageRef> pages = new ArrayList<>();
        Map<String, String> templates = new HashMap<>();
        List<String> resources = new ArrayList<>();
        float[] pageBox = {0, 0, 210, 297};
        String base = folder(documentPart);
        XMLStreamReader in = null;
        try {
            in = OfdXml.open(zip.read(documentPart));
            Deque<String> path = new ArrayDeque<>();
            while (in.hasNext()) {
                int event = OfdXml.next(in, name, documentPart);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                String local = in.getLocalName();
                String parent = path.peek();
                if (local.equals("Page") && "Pages".equals(parent)) {
                    pages.add(new PageRef(OfdXml.attr(in, "ID"), resolve(zip, base, OfdXml.attr(in, "BaseLoc"))));
                } else if (local.equals("TemplatePage") && "CommonData".equals(parent)) {
                    String loc = resolve(zip, base, OfdXml.attr(in, "BaseLoc"));
                    if (OfdXml.attr(in, "ID") != null && loc != null) templates.put(OfdXml.attr(in, "ID"), loc);
                } else if ((local.equals("PublicRes") || local.equals("DocumentRes")) && "CommonData".equals(parent)) {
                    String loc = resolve(zip, base, OfdXml.text(in, name, documentPart).trim());
                    if (loc != null) resources.add(loc);
                    continue; // text() consumed the end tag
                } else if (local.equals("PhysicalBox") && "PageArea".equals(parent)) {
                    float[] b = OfdXml.numbers(OfdXml.text(in, name, documentPart));
                    if (b.length == 4 && b[2] > 0 && b[3] > 0) pageBox = b;
                    continue;
                }
                path.push(local);
            }
        } catch (XMLStreamException e) {
            throw notXml(name, documentPart, e);
        } finally {
            close(in);
        }
        Map<String, Font> fonts = fonts(zip, resources, name);

        List<Block> blocks = new ArrayList<>();
        PageTables engine = new PageTables();
        int glyphs = 0;
        int images = 0;
        int readable = Math.min(pages.size(), context.limits().maxPages());
        if (readable < pages.size())
            warnings.add(new Warning(Warning.TEXT_LOST, "the document has " + pages.size() + " pages; only the first "
                    + readable + " are read (the page limit)"));
        for (int i = 0; i < readable; i++) {
            context.checkTime();
            int number = i + 1;
            PageRef ref = pages.get(i);
            if (ref.part() == null) {
                warnings.add(new Warning(Warning.TEXT_LOST, "page " + number + "'s content is missing from the package;"
                        + " the page is left out", number));
                continue;
            }
            ContentReader content = new ContentReader(name, fonts);
            readPart(zip, content, ref.part(), name);
            for (String id : List.copyOf(content.templates)) {
                String template = templates.get(id);
                if (template == null) {
                    warnings.add(new Warning(Warning.TEXT_LOST, "page " + number + " uses template " + id
                            + ", which the document does not have", number));
                    continue;
                }
                readPart(zip, content, template, name);
            }
            float[] box = content.physicalBox != null ? content.physicalBox : pageBox;
            if (content.unmapped > 0)
                warnings.add(new Warning(Warning.TEXT_LOST, content.unmapped + " character(s) on page " + number
                        + " cannot be read: they are drawn by glyph number alone in font " + content.unmappedFont
                        + ", with no text", number));
            List<PageTables.Rule> rules = content.rules;
            if (rules.size() > context.limits().maxRulingsPerPage()) {
                warnings.add(new Warning(Warning.TEXT_LOST, "page " + number + " draws " + rules.size()
                        + " straight lines, more than the limit of " + context.limits().maxRulingsPerPage()
                        + "; it is read without ruled tables", number));
                rules = List.of();
            }
            PageTables.Result result = engine.page(new PageTables.Page(number, box[2] * ContentReader.PT_PER_MM,
                    box[3] * ContentReader.PT_PER_MM, content.glyphs, rules));
            blocks.addAll(result.blocks());
            warnings.addAll(result.warnings());
            glyphs += content.glyphs.size();
            images += content.images;
        }
        if (glyphs == 0 && !pages.isEmpty())
            warnings.add(new Warning(Warning.NO_TEXT_LAYER, "the OFD has no text"
                    + (images > 0 ? " (its " + pages.size() + " page(s) hold images, a scan?)" : "")
                    + "; jindu cannot read it without OCR"));
        return new Layout(format(), pages.size(), blocks, warnings);
    }

    private static void readPart(ZipDirectory zip, ContentReader content, String part, String name) throws JinduException {
        try {
            content.read(zip.read(part), part);
        } catch (XMLStreamException e) {
            throw notXml(name, part, e);
        }
    }

    /** The DocRoot of each DocBody in OFD.xml. */
    private static List<String> docRoots(ZipDirectory zip, String entry, String name) throws JinduException {
        List<String> roots = new ArrayList<>();
        XMLStreamReader in = null;
        try {
            in = OfdXml.open(zip.read(entry));
            while (in.hasNext()) {
                int event = OfdXml.next(in, name, entry);
                if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("DocRoot")) {
                    String root = OfdXml.text(in, name, entry).trim();
                    if (!root.isEmpty()) roots.add(root);
                }
            }
        } catch (XMLStreamException e) {
            throw notXml(name, entry, e);
        } finally {
            close(in);
        }
        return roots;
    }

    /** The fonts of the document's resource parts, by ID. */
    private static Map<String, Font> fonts(ZipDirectory zip, List<String> parts, String name) throws JinduException {
        Map<String, Font> fonts = new LinkedHashMap<>();
        for (String part : parts) {
            XMLStreamReader in = null;
            try {
                in = OfdXml.open(zip.read(part));
                while (in.hasNext()) {
                    int event = OfdXml.next(in, name, part);
                    if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("Font")) {
                        String id = OfdXml.attr(in, "ID");
                        String fontName = OfdXml.attr(in, "FontName");
                        if (id != null) fonts.putIfAbsent(id, new Font(id, fontName == null ? "font " + id : fontName,
                                OfdXml.attr(in, "Charset"), "true".equals(OfdXml.attr(in, "Bold"))));
                    }
                }
            } catch (XMLStreamException e) {
                throw notXml(name, part, e);
            } finally {
                close(in);
            }
        }
        return fonts;
    }

    /**
     * A location as the package holds it: absolute ({@code /Doc_0/…}) from the root, else relative to
     * the folder of the part that names it; when that is missing, from the root (some producers write
     * it so). Null when the package has no such entry.
     */
    static String resolve(ZipDirectory zip, String folder, String loc) {
        if (loc == null || loc.isBlank()) return null;
        loc = loc.trim().replace('\\', '/');
        String joined = loc.startsWith("/") ? loc.substring(1) : folder + loc;
        String found = zip.find(normalize(joined));
        if (found == null && !loc.startsWith("/")) found = zip.find(normalize(loc));
        return found;
    }

    private static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    private static String folder(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    private static CorruptDocumentException notXml(String name, String part, XMLStreamException e) {
        return new CorruptDocumentException(name, "its part " + part + " is not well-formed XML: " + e.getMessage(), e);
    }

    private static void close(XMLStreamReader in) {
        if (in == null) return;
        try {
            in.close();
        } catch (XMLStreamException e) {
            // nothing held open: the XML was in memory
        }
    }
}
