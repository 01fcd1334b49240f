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

    @Test
    void printsEachTableAsCsvSeparatedByAnEmptyLine() {
        Run run = Run.jindu("tables", "--format", "csv", ISSUE_336);
        assertEquals(0, run.code(), run.err());
        List<Integer> rows = Arrays.stream(run.out().split("\n\n")).map(t -> t.strip().split("\n").length).toList();
        assertEquals(List.of(8, 11, 2), rows);
        assertTrue(run.out().startsWith("公路技术等级,车道数,用地指标基准值,编制条件,\n"), run.out());
        assertTrue(run.out().contains("\n1.7333,0.8667,0.5333\n"), run.out());
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
