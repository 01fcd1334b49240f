package org.jindu.read.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jindu.ExpectedJson;
import org.jindu.Fixtures;
import org.jindu.Jindu;
import org.jindu.json.ReportJson;
import org.jindu.model.Contact;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed report kept as an Excel ledger (another column set, an instructions sheet, numbers and dates
 * stored as numbers, in-cell breaks, merges) gives the text fixture's report field by field; its extra
 * columns and the invented contacts are checked against values written here by hand from the ledger.
 */
class ExcelFixturesTest {
    static final String SEED = "seed/000_4744e66be9c0f129.txt";

    @ParameterizedTest
    @ValueSource(strings = {"excel/seed-ledger.xlsx", "excel/seed-ledger.xls", "excel/seed-sheets.xlsx",
        "excel/seed-sheets.xls", "excel/seed-ledger-xls-named.doc", "excel/seed-ledger-libreoffice.xls",
        "excel/seed-ledger-libreoffice.xlsx"})
    void givesTheTextFixturesRecordsFieldByField(String file) throws Exception {
        JsonNode text = comparable(Jindu.parse(Fixtures.file(SEED)));
        JsonNode excel = comparable(Jindu.parse(Fixtures.file(file)));
        ExpectedJson.assertMatches(text, excel);
        assertEquals(text, excel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"excel/seed-ledger.xlsx", "excel/seed-ledger.xls", "excel/seed-sheets.xlsx",
        "excel/seed-sheets.xls", "excel/seed-ledger-libreoffice.xls", "excel/seed-ledger-libreoffice.xlsx"})
    void keepsExtraColumnsByNameAndThePhonesInContacts(String file) throws Exception {
        List<TaskRecord> records = Jindu.parse(Fixtures.file(file)).records();
        List<Map<String, String>> extra = List.of(
                extra("王磊0719-8661201", "100%", ""),
                extra("李娜\n13800001234", "已完成", "按季度报送"),
                extra("张伟0719-8661203\n刘洋13800005678", "80%", "按季度报送"),
                extra("陈静0719-8661204", "100%", "按季度报送"),
                extra("赵敏0719-8661205", "75%", "2021年9月30日"),
                extra("王磊0719-8661201", "60%", ""),
                // LibreOffice (en-US) wrote Excel's built-in short date as its own format m/d/yyyy
                extra("孙涛13800009012", "50%", file.contains("libreoffice") ? "9/30/2021" : "2021/9/30"),
                extra("孙涛13800009012", "50%", ""));
        List<List<Contact>> contacts = List.of(
                List.of(new Contact("王磊", "0719-8661201")),
                List.of(new Contact("李娜", "13800001234")),
                List.of(new Contact("张伟", "0719-8661203"), new Contact("刘洋", "13800005678")),
                List.of(new Contact("陈静", "0719-8661204")),
                List.of(new Contact("赵敏", "0719-8661205")),
                List.of(new Contact("王磊", "0719-8661201")),
                List.of(new Contact("孙涛", "13800009012")),
                List.of(new Contact("孙涛", "13800009012")));
        assertEquals(8, records.size());
        for (int i = 0; i < records.size(); i++) {
            TaskRecord r = records.get(i);
            assertEquals(extra.get(i), r.extra(), "record " + i);
            assertEquals(contacts.get(i), r.contacts(), "record " + i);
            for (var m : r.metrics()) // the phone numbers are never figures
                assertEquals(-1, "0719866120113800001234".indexOf(m.text()), m.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"excel/seed-ledger.xlsx", "excel/seed-ledger.xls", "excel/seed-sheets.xlsx",
        "excel/seed-sheets.xls", "excel/seed-ledger-libreoffice.xls", "excel/seed-ledger-libreoffice.xlsx"})
    void warnsOnlyThatTheInstructionsSheetWasSkipped(String file) throws Exception {
        List<Warning> text = Jindu.parse(Fixtures.file(SEED)).warnings();
        List<Warning> excel = Jindu.parse(Fixtures.file(file)).warnings();
        List<Warning> expected = new ArrayList<>(text);
        expected.add(0, new Warning(ExcelReader.SHEET_SKIPPED,
                "sheet(s) without the header row of a progress report were not read: \"填报说明\""));
        assertEquals(expected, excel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"excel/seed-ledger.xlsx:xlsx", "excel/seed-ledger.xls:xls",
        "excel/seed-ledger-xls-named.doc:xls"})
    void formatSaysWhatWasReadNotWhatTheNameSays(String fileAndFormat) throws Exception {
        String[] parts = fileAndFormat.split(":");
        assertEquals(parts[1], Jindu.parse(Fixtures.file(parts[0])).document().format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"excel/seed-ledger.xlsx", "excel/seed-ledger.xls"})
    void locatesRecordsBySheetAndRow(String file) throws Exception {
        Report report = Jindu.parse(Fixtures.file(file));
        TaskRecord first = report.records().get(0);
        assertEquals(1, first.location().table()); // the second sheet, after 填报说明
        assertEquals(List.of(4), first.location().rows()); // title, 填报单位, header, 一、重点工作, then row 5
        TaskRecord engineering = report.sections().get(1).records().get(0);
        assertEquals(List.of(12), engineering.location().rows());
    }

    private static Map<String, String> extra(String people, String done, String remark) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("责任人及联系电话", people);
        m.put("完成进度", done);
        m.put("备注", remark);
        return m;
    }

    /** The report without what differs by design: document, columns, locations, contacts, extra, warnings. */
    private static JsonNode comparable(Report report) throws Exception {
        ObjectNode tree = (ObjectNode) ReportJson.mapper().readTree(ReportJson.toJson(report, false));
        tree.remove("document");
        tree.remove("warnings");
        for (JsonNode section : tree.get("sections")) {
            ((ObjectNode) section).remove("columns");
            for (JsonNode record : section.get("records")) {
                ((ObjectNode) record).remove("location");
                ((ObjectNode) record).remove("contacts");
                ((ObjectNode) record).remove("extra");
            }
        }
        return tree;
    }
}
