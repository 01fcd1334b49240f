package org.jindu;

import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.EmptyDocumentException;
import org.jindu.exception.EncryptedDocumentException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The files under testdata/bad/: each one a typed error whose message says what is wrong. */
class BadFilesTest {

    @Test
    void truncatedDocxIsCorrupt() {
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
                () -> Jindu.parse(Fixtures.file("bad/truncated.docx")));
        assertEquals("CORRUPT", e.code());
        assertEquals("truncated.docx", e.document());
        assertTrue(e.getMessage().startsWith("truncated.docx: "), e.getMessage());
        assertTrue(e.getMessage().contains("DOCX"), e.getMessage());
    }

    @Test
    void passwordProtectedDocxIsEncrypted() {
        EncryptedDocumentException e = assertThrows(EncryptedDocumentException.class,
                () -> Jindu.parse(Fixtures.file("bad/encrypted.docx")));
        assertEquals("ENCRYPTED", e.code());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void zeroByteFileIsEmpty() {
        EmptyDocumentException e = assertThrows(EmptyDocumentException.class,
                () -> Jindu.parse(Fixtures.file("bad/empty.docx")));
        assertEquals("EMPTY", e.code());
        assertEquals("empty.docx: the file is empty", e.getMessage());
    }

    @Test
    void textRenamedDocIsCorruptAndSaysSo() {
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class,
                () -> Jindu.parse(Fixtures.file("bad/text-renamed.doc")));
        assertEquals("text-renamed.doc: is named .doc but holds plain text, not a DOC document;"
                + " rename it .txt to read it as text", e.getMessage());
    }
}
