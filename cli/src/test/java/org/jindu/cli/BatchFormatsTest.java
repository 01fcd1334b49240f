package org.jindu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch over a folder of the seed report in the Excel and web formats, misnamed ones and an XLSX zip
 * bomb among them. (seed-page.html is left out: a byte copy of it is there under an .xls name, and a
 * batch reads the same bytes once.)
 */
class BatchFormatsTest {
    @TempDir
    Path tmp;

    @Test
    void takesExcelLedgersWebPagesAndSavedPagesWhateverTheirNames() throws Exception {
        Path testdata = Run.SEED.getParent().getParent();
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> files = List.of("excel/seed-ledger.xlsx", "excel/seed-sheets.xls", "excel/seed-ledger-xls-named.doc",
                "html/seed-word.mht", "html/seed-page-html-named.xls", "bad/zip-bomb.xlsx");
        for (String f : files) Files.copy(testdata.resolve(f), in.resolve(f.replace('/', '-')));
        Path db = tmp.resolve("jindu.sqlite");

        Run run = Run.jindu("batch", "--db", db.toString(), in.toString());

        // the zip bomb failed, the others were read; the ledgers' warning is the skipped 填报说明 sheet
        assertEquals(3, run.code(), run.err());
        assertEquals(List.of(
                List.of("bad-zip-bomb.xlsx", "failed", "", "CORRUPT", "0"),
                List.of("excel-seed-ledger-xls-named.doc", "warnings", "xls", "", "8"),
                List.of("excel-seed-ledger.xlsx", "warnings", "xlsx", "", "8"),
                List.of("excel-seed-sheets.xls", "warnings", "xls", "", "8"),
                List.of("html-seed-page-html-named.xls", "ok", "html", "", "8"),
                List.of("html-seed-word.mht", "ok", "mht", "", "8")),
                BatchFixtures.rows(db, "SELECT file, status, coalesce(format, ''), coalesce(error_code, ''),"
                        + " (SELECT count(*) FROM records r WHERE r.document_id = d.id) FROM documents d ORDER BY file"));
    }
}
