package org.jindu.read.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EncryptedDocumentException;
import org.jindu.Jindu;
import org.jindu.Fixtures;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Table;
import org.jindu.model.Warning;
import org.jindu.read.Limits;
import org.jindu.read.ReadContext;
import org.junit.jupiter.api.Test;

/** The DOC reader: the text it keeps from Word 97-2003 runs, and cells from the LibreOffice fixture. */
class DocReaderTest {

    @Test
    void keepsFieldResultsAndDropsFieldCodes() {
        assertEquals("见链接文字", DocReader.visible("见\u0013 HYPERLINK \"http://x\" \u0014链接\u0015文字\r"));
        assertEquals("第3页", DocReader.visible("第\u0013 PAGE \u0013 nested \u0015\u00143\u0015页"));
        assertEquals("", DocReader.visible("\u0013 TOC \u0015\r"));
    }

    @Test
    void joinsSoftBreaksLikeWrappedTextAndDropsMarks() {
        assertEquals("（十政办发〔2021〕1号）第12项", DocReader.visible("（十政办发〔2021〕1号）\u000B第12项\u0007"));
        assertEquals("QQ group", DocReader.visible("QQ\u000Bgroup\r"));
        assertEquals("a-b", DocReader.visible("a\u001Eb\u001F\u0001"));
    }

    @Test
    void readsMergedCellsOfTheVariant() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file("word/variant-one-table.doc"));
        Layout layout = new DocReader().read(bytes, "variant-one-table.doc");
        assertEquals("doc", layout.format());
        Table table = (Table) layout.blocks().get(2);
        List<Cell> heading = table.rows().get(1).cells();
        assertEquals(1, heading.size());
        assertEquals(7, heading.get(0).colSpan());
        assertEquals("一、重点工作", heading.get(0).text());
        assertEquals("村镇建设科、建筑市场科", table.rows().get(3).cells().get(3).text());
        assertTrue(table.rows().get(4).cells().get(3).mergedAbove());
        assertTrue(table.rows().get(5).cells().get(3).mergedAbove());
        assertEquals(0, table.rows().get(5).cells().get(3).where().table());
        assertEquals(5, table.rows().get(5).cells().get(3).where().row());
    }

    @Test
    void stopsAtTheLimitOfRowsAndSaysSo() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file("word/variant-one-table.doc"));
        Layout full = new DocReader().read(bytes, "variant-one-table.doc");
        Layout cut = new DocReader().read(bytes, "variant-one-table.doc",
                ReadContext.start("variant-one-table.doc", Limits.DEFAULT.withMaxRows(4), false));
        // two paragraphs above the table, then the table's first two rows: four in all
        assertEquals(2, ((Table) cut.blocks().get(2)).rows().size());
        assertEquals(3, cut.blocks().size());
        assertTrue(((Table) full.blocks().get(2)).rows().size() > 2);
        assertEquals(List.of(Warning.LIMIT), cut.warnings().stream().map(Warning::code).toList());
        assertTrue(cut.warnings().get(0).message().contains("--max-rows"), cut.warnings().get(0).message());
        assertTrue(full.warnings().isEmpty());
    }

    @Test
    void cutsACellAtTheLimitOfCharactersAndSaysSo() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.file("word/variant-one-table.doc"));
        Layout cut = new DocReader().read(bytes, "variant-one-table.doc",
                ReadContext.start("variant-one-table.doc", Limits.DEFAULT.withMaxCellChars(5), false));
        Table table = (Table) cut.blocks().get(2);
        assertEquals("村镇建设科", table.rows().get(3).cells().get(3).text()); // 村镇建设科、建筑市场科 in full
        assertEquals(1, cut.warnings().size());
        assertTrue(cut.warnings().get(0).message().contains("--max-cell-chars"), cut.warnings().get(0).message());
    }

    @Test
    void passwordProtectedDocIsEncrypted() throws Exception {
        byte[] encrypted;
        try (HWPFDocument doc = new HWPFDocument(Files.newInputStream(Fixtures.file("word/seed-portrait.doc")))) {
            Biff8EncryptionKey.setCurrentUserPassword("jindu"); // HWPF encrypts (RC4 CryptoAPI) on write
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            encrypted = out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        EncryptedDocumentException e = assertThrows(EncryptedDocumentException.class,
                () -> Jindu.parse(encrypted, "locked.doc"));
        assertEquals("ENCRYPTED", e.code());
        assertEquals("locked.doc: is protected by a password; save a copy without a password", e.getMessage());
    }

    @Test
    void notAWordFileIsCorrupt() {
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
                () -> new DocReader().read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}, "x.doc"));
        assertTrue(e.getMessage().startsWith("x.doc: is not a readable Word 97-2003 document"), e.getMessage());
    }
}
