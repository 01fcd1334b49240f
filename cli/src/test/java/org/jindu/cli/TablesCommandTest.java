package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesCommandTest {
    static final Path TESTDATA = Path.of(System.getProperty("jindu.testdata", "../testdata"));
    static final String ISSUE_336 = TESTDATA.resolve("external/pdf-tables/issue-336-example.pdf").toString();
    static final String SEED_PDF = TESTDATA.resolve("pdf/seed-drawn-wqy.pdf").toString();

    /** The CSV's tables: the rows under each '# table' line. */
    static List<List<String>> csvTables(String csv) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (String line : csv.split("\n")) {
            if (line.startsWith("# table ")) out.add(new java.util.ArrayList<>(List.of(line)));
            else out.get(out.size() - 1).add(line);
        }
        return out;
    }

    @Test
    void printsEachCsvTableAfterACommentLineWithItsPagesAndCaption() {
        Run run = Run.jindu("tables", "--format", "csv", ISSUE_336);
        assertEquals(0, run.code(), run.err());
        List<List<String>> tables = csvTables(run.out());
        assertEquals(List.of(9, 12, 3), tables.stream().map(List::size).toList());
        // the titles printed above the three tables of the standard, with their table numbers
        assertEquals(List.of("# table 1, page 1, caption \"表7.5 停车区用地指标基准值（公顷/处）\"",
                "# table 2, page 1, caption \"表7.6 停车区用地指标调整系数\"",
                "# table 3, page 1, caption \"表7.7 监控通信设施用地指标（公顷/处）\""),
                tables.stream().map(t -> t.get(0)).toList());
        assertEquals("公路技术等级,车道数,用地指标基准值,编制条件,", tables.get(0).get(1));
        assertEquals("1.7333,0.8667,0.5333", tables.get(2).get(2));
    }

    @Test
    void printsTheTablesOfLedgersAndWebPages() {
        Run ledger = Run.jindu("tables", "--format", "csv", TESTDATA.resolve("excel/seed-ledger.xlsx").toString());
        assertEquals(0, ledger.code(), ledger.err());
        // the rows above the header are the title and 填报单位, not table rows; section rows span all columns
        assertTrue(ledger.out().startsWith("# table 1\n序号,任务来源,工作任务,牵头单位,责任人及联系电话,进展情况,完成进度,备注\n"
                + "一、重点工作,,,,,,,\n1,（十政办发〔2021〕1号）第12项,"), ledger.out());
        Run page = Run.jindu("tables", "--format", "csv", TESTDATA.resolve("html/seed-page.html").toString());
        assertEquals(0, page.code(), page.err());
        List<List<String>> tables = csvTables(page.out());
        assertEquals(3, tables.size(), page.out()); // one per section; the layout table and chrome are not tables
        assertEquals("1,,无,,", tables.get(2).get(tables.get(2).size() - 1));
    }

    @Test
    void stitchesTablesAcrossPagesUnlessAskedPerPage() throws Exception {
        Run run = Run.jindu("tables", SEED_PDF);
        assertEquals(0, run.code(), run.err());
        JsonNode tables = new ObjectMapper().readTree(run.out()).get("tables");
        assertEquals(3, tables.size());
        assertEquals("序号", tables.get(0).get("rows").get(0).get("cells").get(0).get("text").asText());
        assertTrue(tables.get(0).get("pages").size() > 1);

        Run pieces = Run.jindu("tables", "--per-page", SEED_PDF);
        JsonNode perPage = new ObjectMapper().readTree(pieces.out()).get("tables");
        assertTrue(perPage.size() > 3, "pieces: " + perPage.size());
        for (JsonNode t : perPage) assertEquals(1, t.get("pages").size());
    }

    @Test
    void marksSpansInJson() throws Exception {
        Run run = Run.jindu("tables", TESTDATA.resolve("external/pdf-tables/spanning_cells.pdf").toString());
        JsonNode first = new ObjectMapper().readTree(run.out()).get("tables").get(0).get("rows").get(0).get("cells").get(0);
        assertEquals("Improved operation scenario", first.get("text").asText());
        assertEquals(6, first.get("colSpan").asInt());
    }

    @Test
    void printsTheTableOfAnOfdFileWithEveryCharacter() {
        // ofdrw's z.ofd (testdata/external/ofd): a spec table drawn with thin filled boxes as rules
        Run run = Run.jindu("tables", "--format", "csv", TESTDATA.resolve("external/ofd/ofdrw_z_spec-table-4col.ofd").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(String.join("\n",
                "# table 1, page 1", // 11.4 字型变换 above it is a numbered section heading, not the table's title
                "名称,类型,说明,可选/必选",
                "CodePosition,xs:int,\"TextCode 中字符编码的起始位置，从0开始\",必选",
                "CodeCount,xs:int,\"变换关系中字符的数量，该数值应大于或等于1，否则属于错误描述，默认为1\",可选",
                "GlyphCount,xs:int,\"变换关系中字型索引的个数，该数值应大于或等于1，否则属于错误描述，默认为1\",可选",
                "Glyphs,ST_Array,变换关系中字型索引列表,可选", ""), run.out());
    }

    @Test
    void aMissingFileIsADocumentFailure() {
        Run run = Run.jindu("tables", "no-such.pdf");
        assertEquals(Main.DOCUMENT_FAILED, run.code());
        assertEquals("jindu: no-such.pdf: no such file", run.err().strip());
    }
}
