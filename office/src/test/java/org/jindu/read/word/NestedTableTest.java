package org.jindu.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import org.jindu.read.detect.FormatDetector;
import org.jindu.Fixtures;
import org.jindu.layout.Block;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A table nested in a cell stays in that cell, in DOCX and after LibreOffice's conversion to DOC. */
class NestedTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"word/nested-table.docx", "word/nested-table.doc"})
    void nestedCellsBecomeParagraphsOfTheOuterCell(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file(file));
        Layout layout = FormatDetector.readerFor(bytes, file).read(bytes, file);
        List<Block> blocks = layout.blocks();
        assertEquals(4, blocks.size(), blocks.toString()); // nested tables are not blocks of their own
        assertEquals("嵌套表格", ((Paragraph) blocks.get(0)).text());
        Table table = (Table) blocks.get(1);
        assertEquals(2, table.rows().size());
        assertEquals(List.of("1", "分县市区完成情况：\n郧阳区\n12所\n丹江口市\n8所", "基教科"),
                table.rows().get(1).cells().stream().map(c -> c.text()).toList());
        assertEquals(0, table.rows().get(1).cells().get(1).where().table());
        assertEquals("表后", ((Paragraph) blocks.get(2)).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"word/nested-table.docx", "word/nested-table.doc"})
    void nestedTableInTheVeryFirstCellStaysInIt(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file(file));
        Layout layout = FormatDetector.readerFor(bytes, file).read(bytes, file);
        Table table = (Table) layout.blocks().get(3);
        assertEquals(1, table.where().table());
        assertEquals(List.of(List.of("内一\n内二", "右上"), List.of("左下", "右下")),
                table.rows().stream().map(r -> r.cells().stream().map(c -> c.text()).toList()).toList());
    }
}
