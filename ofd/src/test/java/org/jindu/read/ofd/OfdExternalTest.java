package org.jindu.read.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jindu.Fixtures;
import org.jindu.read.Limits;
import org.jindu.read.zip.ZipDirectory;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/**
 * The OFD samples of another project (ofdrw's test resources, Apache-2.0, in testdata/external/ofd):
 * every character their pages draw comes out, in a cell or a paragraph, exactly once; and the cells of
 * the spec table and of the processing form, as read from their XML by a person.
 */
class OfdExternalTest {
    static final String DIR = "external/ofd/";

    static Stream<String> samples() {
        return Stream.of("ofdrw_z_spec-table-4col.ofd", "ofdrw_SignScaleError_invoice-list-table.ofd",
                "ofdrw_signout_gov-doc-processing-form.ofd", "ofdrw_n_redhead-gov-doc-no-table.ofd");
    }

    static Layout read(String name) throws Exception {
        return new OfdReader().read(Files.readAllBytes(Fixtures.file(DIR + name)), name);
    }

    /**
     * The characters of every TextCode on the pages Document.xml lists, parsed here with the JDK's DOM
     * (not the reader's code): the yardstick.
     */
    static Map<Integer, Integer> drawn(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file(DIR + name));
        ZipDirectory zip = ZipDirectory.open(bytes, name, Limits.DEFAULT);
        String document = new String(zip.read("Doc_0/Document.xml"), StandardCharsets.UTF_8);
        Map<Integer, Integer> chars = new TreeMap<>();
        Matcher page = Pattern.compile("<ofd:Page\\b[^>]*BaseLoc=\"([^\"]+)\"").matcher(document);
        DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
        dom.setNamespaceAware(true);
        dom.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        while (page.find()) {
            byte[] xml = zip.read("Doc_0/" + page.group(1));
            NodeList codes = dom.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS("*", "TextCode");
            for (int i = 0; i < codes.getLength(); i++) count(codes.item(i).getTextContent(), chars, 1);
        }
        return chars;
    }

    static void count(String text, Map<Integer, Integer> into, int sign) {
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(cp -> into.merge(cp, sign, Integer::sum));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyCharacterDrawnComesOutOnce(String name) throws Exception {
        Layout layout = read(name);
        assertEquals(List.of(), layout.warnings().stream().filter(w -> w.code().equals(Warning.TEXT_LOST)).toList());
        Map<Integer, Integer> balance = drawn(name);
        for (Block b : layout.blocks()) {
            if (b instanceof Paragraph p) count(p.text(), balance, -1);
            if (b instanceof Table t)
                for (Row r : t.rows()) for (Cell c : r.cells()) if (!c.mergedAbove()) count(c.text(), balance, -1);
        }
        balance.values().removeIf(n -> n == 0);
        StringBuilder off = new StringBuilder();
        balance.forEach((cp, n) -> off.appendCodePoint(cp).append(n > 0 ? " missing " : " extra ").append(Math.abs(n)).append("; "));
        assertEquals("", off.toString());
    }

    /** The tables' rows by grid column, as {@code jindu tables --format csv} prints them: a span's text in its first column. */
    static List<List<String>> cells(String name) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (Table t : Tables.stitched(read(name)))
            for (List<String> r : Tables.grid(t)) rows.add(r.stream().map(c -> c.replaceAll("\\s", "")).toList());
        return rows;
    }

    @Test
    void readsTheSpecTableCellByCell() throws Exception {
        // whitespace left out: Word set "TextCode" and "中" apart, and the reader keeps a gap as a space
        assertEquals(List.of(
                List.of("名称", "类型", "说明", "可选/必选"),
                List.of("CodePosition", "xs:int", "TextCode中字符编码的起始位置，从0开始", "必选"),
                List.of("CodeCount", "xs:int", "变换关系中字符的数量，该数值应大于或等于1，否则属于错误描述，默认为1", "可选"),
                List.of("GlyphCount", "xs:int", "变换关系中字型索引的个数，该数值应大于或等于1，否则属于错误描述，默认为1", "可选"),
                List.of("Glyphs", "ST_Array", "变换关系中字型索引列表", "可选")),
                cells("ofdrw_z_spec-table-4col.ofd"));
    }

    @Test
    void readsTheProcessingFormDrawnUnderCtms() throws Exception {
        List<List<String>> rows = cells("ofdrw_signout_gov-doc-processing-form.ofd");
        assertEquals(11, rows.size());
        // the number is drawn in three objects (府办专督〔2020〕, 24, 号), the date in two, the title in one
        assertEquals(List.of("来文文号", "府办专督〔2020〕24号", "", "来文单位", "", "市人民政府办公室", ""),
                rows.get(0).subList(0, 7));
        assertEquals("2020年06月15日11:28:09", rows.get(2).get(1));
        assertEquals(List.of("公文标题", "市委主要领导同志调研后续落实事项的通知"), rows.get(5).subList(0, 2));
        assertEquals("1、呈小明、张三、国伟、李四同志阅示；2、呈王五同志阅处；3、请小兰同志审核；"
                + "4、发至市商务局、市农业农村局、市交通运输局、市水利局。秘书股陈小明2020-06-15", rows.get(7).get(1));
    }
}
