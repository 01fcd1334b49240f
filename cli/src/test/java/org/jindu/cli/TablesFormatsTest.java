package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code jindu tables} prints: captions and units, the four formats, one CSV file per table, no
 * table without text. The fixture {@code word/captioned-tables.docx} and its LibreOffice PDF hold four
 * tables with their title and unit lines in the usual shapes and a grid of empty cells; the expected
 * values below are read from the document (its generator, {@code CaptionFixtures}, writes them out).
 */
class TablesFormatsTest {
    static final Path TESTDATA = TablesCommandTest.TESTDATA;
    static final String DOCX = TESTDATA.resolve("word/captioned-tables.docx").toString();
    static final String PDF = TESTDATA.resolve("pdf/captioned-tables-wqy.pdf").toString();
    static final String INVOICE = TESTDATA.resolve("external/ofd/ofdrw_SignScaleError_invoice-list-table.ofd").toString();

    /** Caption and unit of each table as the document prints them above it (null: none). */
    static final List<List<String>> CAPTIONS = List.of(
            Arrays.asList("表1 2024年各街道一般公共预算收入完成情况", "万元"),
            Arrays.asList("表2 重点项目投资进度", "亿元"),
            Arrays.asList("2024年新增建设用地安排表", "亩"),
            Arrays.asList(null, "人"));

    static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("tables"));
        all.addAll(List.of(args));
        Run run = Run.jindu(all.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    static List<List<String>> captions(JsonNode doc) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode t : doc.get("tables"))
            out.add(Arrays.asList(t.has("caption") ? t.get("caption").asText() : null, t.has("unit") ? t.get("unit").asText() : null));
        return out;
    }

    @Test
    void keepsTheTitleAndUnitLineAboveEachTableInWordAndPdfAlike() throws Exception {
        assertEquals(CAPTIONS, captions(json(DOCX)));
        assertEquals(CAPTIONS, captions(json(PDF)));
    }

    @Test
    void aCentredTitleRightAboveATableIsItsCaptionInWordAsInPdf() throws Exception {
        // the one-table variant: its centred title stands right above its table, with no 表 in it
        String title = "市住建局2021年上半年重点工作目标任务落实情况";
        for (String f : List.of("word/variant-one-table.docx", "pdf/variant-one-table-noto-zeropad.pdf")) {
            JsonNode table = json(TESTDATA.resolve(f).toString()).get("tables").get(0);
            assertEquals(title, table.get("caption").asText(), f);
            assertFalse(table.has("unit"), f);
        }
    }

    @Test
    void aTableWithNoTextIsNotPrintedButCounted() {
        Run run = Run.jindu("tables", "--format", "csv", DOCX);
        assertEquals(0, run.code(), run.err());
        assertEquals(4, run.out().lines().filter(l -> l.startsWith("# table ")).count());
        // the signature grid after 审核意见： has 2 rows of 3 empty cells
        assertEquals(List.of("jindu: " + DOCX + ": warning: EMPTY_TABLE: a table of 2 rows and 3 columns has no text"
                + " in any cell and is not printed"), List.of(run.errLines()));
    }

    @Test
    void csvKeepsACellsLineBreakInsideItsQuotesAndMarksEachTable() {
        Run run = Run.jindu("tables", "--format", "csv", DOCX);
        String expected = String.join("\n",
                "# table 1, caption \"表1 2024年各街道一般公共预算收入完成情况\", unit \"万元\"",
                "街道,年初预算,完成数,\"完成率（%）\"",
                "东城街道,12500,13120,105.0",
                "西城街道,9800,9310,95.0",
                "南湖街道,6400,6720,105.0",
                "合计,28700,29150,101.6",
                "# table 2, caption \"表2 重点项目投资进度\", unit \"亿元\"",
                "项目名称,投资额,,进展情况",
                ",计划,完成,",
                "滨江大道改造工程,3.2,2.9,\"主体工程完工",
                "附属设施施工中\"",
                "城东污水处理厂,1.8,1.1,设备安装",
                "智慧停车系统,0.6,0.6,已完成",
                "# table 3, caption \"2024年新增建设用地安排表\", unit \"亩\"",
                "用途,面积,备注",
                "工业,320,含标准厂房",
                "住宅,150,",
                "公共服务,85,学校2所、医院1所",
                "# table 4, unit \"人\"",
                "部门,编制数,实有人数",
                "区财政局,45,42",
                "区发展改革局,38,38", "");
        assertEquals(expected, run.out());
    }

    @Test
    void writesOneCsvFilePerTableAndAnIndexIntoAFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("tables");
        Run run = Run.jindu("tables", "--format", "csv", "-o", out + "/", PDF);
        assertEquals(0, run.code(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("captioned-tables-wqy-table-01.csv", "captioned-tables-wqy-table-02.csv",
                    "captioned-tables-wqy-table-03.csv", "captioned-tables-wqy-table-04.csv", "captioned-tables-wqy-tables.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // each file is the table alone, header first, as a spreadsheet opens it
        assertEquals("部门,编制数,实有人数\n区财政局,45,42\n区发展改革局,38,38\n",
                Files.readString(out.resolve("captioned-tables-wqy-table-04.csv"), StandardCharsets.UTF_8));
        List<String> index = Files.readAllLines(out.resolve("captioned-tables-wqy-tables.csv"), StandardCharsets.UTF_8);
        assertEquals("file,table,pages,caption,unit", index.get(0));
        assertEquals(5, index.size());
        assertTrue(index.get(2).endsWith(",2,1,\"表2 重点项目投资进度\",亿元"), index.get(2));
        assertTrue(index.get(4).endsWith(",4,1,,人"), index.get(4));

        // an existing folder named without the slash is a folder too
        Run again = Run.jindu("tables", "--format", "csv", "-o", out.toString(), DOCX);
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.exists(out.resolve("captioned-tables-table-01.csv")));
    }

    @Test
    void refusesAFolderThatIsAFileAndOneFilePerTableInOtherFormats(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tables");
        Files.writeString(file, "kept");
        Run run = Run.jindu("tables", "--format", "csv", "-o", file + "/", DOCX);
        assertEquals(Main.USAGE, run.code());
        assertTrue(run.err().contains("it is a file, not a folder"), run.err());
        assertEquals("kept", Files.readString(file));

        Run json = Run.jindu("tables", "-o", dir.toString(), DOCX);
        assertEquals(Main.USAGE, json.code());
        assertTrue(json.err().contains("one file per table is for --format csv"), json.err());
    }

    @Test
    void markdownTablesEscapeTheirMarksAndLineBreaks() {
        Run run = Run.jindu("tables", "--format", "md", DOCX);
        assertEquals(0, run.code(), run.err());
        String md = run.out();
        assertTrue(md.startsWith("### Table 1\n\n**表1 2024年各街道一般公共预算收入完成情况**\n\n单位：万元\n\n"
                + "| 街道 | 年初预算 | 完成数 | 完成率（%） |\n| --- | --- | --- | --- |\n| 东城街道 | 12500 | 13120 | 105.0 |\n"), md);
        assertTrue(md.contains("| 滨江大道改造工程 | 3.2 | 2.9 | 主体工程完工<br>附属设施施工中 |\n"), md);
        // the invoice's 项目名称 is *金属制品*A系列…: its asterisks are text, not emphasis
        Run invoice = Run.jindu("tables", "--format", "md", INVOICE);
        assertTrue(invoice.out().contains("| 项目名称\\*金属制品\\*A系列一字形螺丝批3.2x7 5MM合计 |"), invoice.out());
        assertEquals("a\\|b<br>c &lt;d&gt; &amp; \\_e\\_", TableText.md("a|b\nc <d> & _e_"));
    }

    @Test
    void htmlMarksMergedCellsWithRowspanAndColspanAndTheCaption() {
        Run run = Run.jindu("tables", "--format", "html", PDF);
        assertEquals(0, run.code(), run.err());
        String html = run.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertFalse(html.contains("<script"), "a page of tables needs no script");
        assertFalse(html.contains("src=") || html.contains("href="), "nothing loaded from elsewhere");
        assertEquals(4, html.split("<table>", -1).length - 1);
        // 项目名称 and 进展情况 merged down over the two header rows, 投资额 across 计划 and 完成
        assertTrue(html.contains("<caption><span class=\"title\">表2 重点项目投资进度</span><span class=\"unit\">单位：亿元</span>"
                + "<span class=\"where\">table 2, page 1</span></caption>\n"
                + "<tr><td rowspan=\"2\">项目名称</td><td colspan=\"2\">投资额</td><td rowspan=\"2\">进展情况</td></tr>\n"
                + "<tr><td>计划</td><td>完成</td></tr>\n"
                + "<tr><td>滨江大道改造工程</td><td>3.2</td><td>2.9</td><td>主体工程完工附属设施施工中</td></tr>\n"), html);
    }

    @Test
    void htmlRowspansRebuildCamelotsGridOfCellsMergedDown() throws Exception {
        // camelot's row_span_1.pdf: Plan Type and County cells merged down; camelot's expected grid with
        // copy_text="v" has a merged cell's text in every row it covers
        Path pdf = TESTDATA.resolve("external/pdf-tables/row_span_1.pdf");
        JsonNode expected = new ObjectMapper().readTree(TESTDATA.resolve(
                "external/pdf-tables/row_span_1.expected.data_lattice_copy_text.json").toFile());
        Run run = Run.jindu("tables", "--format", "html", pdf.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("<tr><td rowspan=\"10\">GMC</td><td rowspan=\"4\">Sacramento</td>"), run.out());
        List<List<String>> grid = rebuilt(run.out());
        assertEquals(expected.size(), grid.size());
        // compared without whitespace (camelot keeps a cell's line breaks and runs of spaces, jindu joins
        // wrapped lines); the PDF draws a '.' a space after the COHS total, past the grid's right rule
        // (pdftotext shows it too), which camelot's grid leaves out and so does jindu's
        for (int r = 0; r < grid.size(); r++) {
            List<String> want = new ArrayList<>();
            expected.get(r).forEach(c -> want.add(c.asText().replaceAll("\\s", "")));
            assertEquals(want, grid.get(r).stream().map(c -> c.replaceAll("\\s", "")).toList(), "row " + (r + 1));
        }
    }

    /** The grid an HTML table stands for: a rowspan's text copied down, a colspan's other columns "". */
    static List<List<String>> rebuilt(String html) {
        java.util.regex.Matcher tr = java.util.regex.Pattern.compile("<tr>(.*?)</tr>").matcher(html);
        java.util.regex.Pattern td = java.util.regex.Pattern.compile(
                "<td(?: colspan=\"(\\d+)\")?(?: rowspan=\"(\\d+)\")?(?: class=\"empty\")?>(.*?)</td>");
        List<List<String>> out = new ArrayList<>();
        java.util.Map<Integer, String[]> down = new java.util.HashMap<>(); // column -> {text, rows left}
        while (tr.find()) {
            List<String> row = new ArrayList<>();
            java.util.regex.Matcher m = td.matcher(tr.group(1));
            int column = 0;
            boolean more = m.find();
            while (more || down.containsKey(column)) {
                if (down.containsKey(column)) {
                    String[] d = down.get(column);
                    row.add(d[0]);
                    if (Integer.parseInt(d[1]) == 1) down.remove(column);
                    else d[1] = String.valueOf(Integer.parseInt(d[1]) - 1);
                    column++;
                    continue;
                }
                String text = m.group(3).replace("<br>", "\n").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&#39;", "'").replace("&amp;", "&");
                int colspan = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                int rowspan = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                row.add(text);
                if (rowspan > 1) down.put(column, new String[] {text, String.valueOf(rowspan - 1)});
                for (int i = 1; i < colspan; i++) row.add("");
                column += colspan;
                more = m.find();
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void jsonGivesEachCellItsPageAndBoxWhereTheFormatHasThem() throws Exception {
        for (String file : List.of(PDF, INVOICE)) {
            JsonNode cell = json(file).get("tables").get(0).get("rows").get(0).get("cells").get(0);
            assertEquals(1, cell.get("page").asInt(), file);
            assertTrue(cell.get("box").get("width").asDouble() > 0, file);
        }
        JsonNode word = json(DOCX).get("tables").get(0).get("rows").get(0).get("cells").get(0);
        assertEquals("街道", word.get("text").asText());
        assertFalse(word.has("page") || word.has("box"), word.toString());
    }
}
