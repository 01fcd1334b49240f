package org.jindu.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jindu.layout.Block;
import org.jindu.layout.Cell;
import org.jindu.layout.Layout;
import org.jindu.layout.Paragraph;
import org.jindu.layout.Provenance;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.model.DocumentInfo;
import org.jindu.model.Report;
import org.jindu.model.Section;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

/** The assembler on small layouts made by hand, one trap of the genre each. */
class ReportAssemblerTest {
    static final String[] HEADER = {"序号", "来源", "工作内容", "工作部门及 负责人", "工作进展情况"};
    static final DocumentInfo INFO = new DocumentInfo("test", "test", "0".repeat(64), null);

    private int page = 1;

    @Test
    void tellsAHeaderRowFromData() {
        assertTrue(ReportAssembler.isHeaderRow(List.of("序号", "来源", "工作内容", "工作部门及", "工作进展情况")));
        assertTrue(ReportAssembler.isHeaderRow(List.of("序号", "目标任务", "责任单位", "进展情况")));
        assertFalse(ReportAssembler.isHeaderRow(List.of("1", "第12项", "支持企业", "职成教科", "已完成")));
        assertFalse(ReportAssembler.isHeaderRow(List.of("附件")));
    }

    @Test
    void joinsCellSplitAcrossPagesWithoutSpaceBetweenChineseCharacters() {
        Report report = assemble(
                table(HEADER, row("1", "第1项", "内容", "基教科", "全市招聘教师，支持计")),
                table(HEADER, row("", "", "", "", "划教师152人。")));
        TaskRecord r = only(report);
        assertEquals("全市招聘教师，支持计划教师152人。", r.progress());
        assertEquals(List.of(1, 2), r.location().pages());
    }

    @Test
    void joinsLatinTextSplitAcrossPagesWithASpace() {
        Report report = assemble(
                table(HEADER, row("1", "第1项", "内容", "基教科", "通过 QQ")),
                table(HEADER, row("", "", "", "", "group 通知")));
        assertEquals("通过 QQ group 通知", only(report).progress());
    }

    @Test
    void dropsHeaderRepeatedOnLaterPages() {
        Report report = assemble(
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展一")),
                table(HEADER, row("2", "第2项", "乙", "职成教科", "进展二")));
        assertEquals(2, report.records().size());
        assertEquals(List.of("序号", "来源", "工作内容", "工作部门及负责人", "工作进展情况"),
                report.sections().get(0).columns());
        assertEquals(List.of(), warningsBesidesNoTitle(report));
    }

    @Test
    void aRepeatedHeaderWithAnOcrSlipIsStillTheSameHeader() {
        String[] misread = {"序号", "来源", "工作内容", "工作部门及爱负责人", "工作进展情况"};
        Report report = assemble(
                table(HEADER, row("1", "第1项", "甲", "基教科", "全市招聘教师，支持计")),
                table(misread, row("", "", "", "", "划教师152人。")));
        assertEquals("全市招聘教师，支持计划教师152人。", only(report).progress());
        assertEquals(List.of(), warningsBesidesNoTitle(report));
        // a header naming another column is a new header, however close
        String[] other = {"序号", "来源", "工作内容", "工作部门及负责人", "完成时限"};
        Report changed = assemble(
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展一")),
                table(other, row("2", "第2项", "乙", "职成教科", "2021年底")));
        assertTrue(changed.warnings().stream().anyMatch(w -> w.code().equals(Warning.HEADER_CHANGED)));
    }

    @Test
    void startsSectionsAtHeadingRowsInsideTheTable() {
        Report report = assemble(table(HEADER,
                row("一、重点工作", "", "", "", ""),
                row("1", "第1项", "甲", "基教科", "进展一"),
                new Row(List.of(new Cell("二、重大工程（刘市长督办）", 5, false, where())), where()),
                row("1", "第2项", "乙", "职成教科", "进展二")));
        List<Section> sections = report.sections();
        assertEquals(2, sections.size());
        assertEquals("一", sections.get(0).number());
        assertEquals("重点工作", sections.get(0).title());
        assertEquals("重大工程", sections.get(1).title());
        assertEquals("刘市长督办", sections.get(1).note());
        assertEquals(1, sections.get(1).records().size());
        assertEquals(sections.get(0).columns(), sections.get(1).columns());
    }

    @Test
    void startsSectionsAtHeadingParagraphs() {
        Report report = assemble(
                new Paragraph("附件", where()),
                new Paragraph("市教育局 1-9 月份分解落实 2021 年政府工作目标进展情况", where()),
                new Paragraph("一、重点工作", where()),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展一")),
                new Paragraph("二、重大工程", where()),
                table(HEADER, row("1", "第2项", "乙", "基教科", "进展二")));
        assertEquals("市教育局1-9月份分解落实2021年政府工作目标进展情况", report.title());
        assertEquals(List.of("重点工作", "重大工程"), report.sections().stream().map(Section::title).toList());
        assertEquals(1, report.sections().get(1).records().size());
    }

    @Test
    void rowSayingNothingMarksEmptySection() {
        Report report = assemble(
                new Paragraph("三、重点建议和提案", where()),
                table(HEADER, row("1", "", "无", "", "")),
                new Paragraph("四、其他", where()),
                table(HEADER, row("1", "", "暂无", "", "暂无")));
        assertEquals(2, report.sections().size());
        assertTrue(report.sections().get(0).records().isEmpty());
        assertTrue(report.sections().get(1).records().isEmpty());
        assertEquals(List.of(), warningsBesidesNoTitle(report));
    }

    @Test
    void keepsExtraColumnsByHeaderName() {
        String[] header = {"序号", "目标任务", "任务来源", "责任单位", "完成时限", "进展情况", "存在问题及下步打算"};
        Report report = assemble(table(header,
                row("1", "建设学校", "第3项", "基教科、学前科", "2021年底", "已开工", "资金不足；加快推进")));
        TaskRecord r = only(report);
        assertEquals("建设学校", r.content());
        assertEquals(3, r.source().item());
        assertEquals(List.of("基教科", "学前科"), r.departments());
        assertEquals("已开工", r.progress());
        assertEquals(Map.of("完成时限", "2021年底", "存在问题及下步打算", "资金不足；加快推进"), r.extra());
        assertEquals(List.of("完成时限", "存在问题及下步打算"), List.copyOf(r.extra().keySet()));
    }

    @Test
    void readsTableWithoutSeqColumn() {
        String[] header = {"来源", "工作内容", "责任单位", "工作进展情况"};
        Report report = assemble(
                table(header, row("第1项", "甲", "基教科", "进展一"), row("第2项", "乙", "基教科", "进展二，未")),
                table(header, row("", "", "", "完。")));
        List<TaskRecord> records = report.records();
        assertEquals(2, records.size());
        assertNull(records.get(0).seq());
        assertEquals("进展二，未完。", records.get(1).progress());
    }

    @Test
    void recognisesHeaderCellThatWraps() {
        String[] header = {"序号", "来源", "工作\n内容", "工作部门及\n负责人（需填写联系方式）", "工作进展\n情况"};
        Report report = assemble(table(header, row("1", "第1项", "甲", "基教科", "进展")));
        assertEquals(List.of("序号", "来源", "工作内容", "工作部门及负责人（需填写联系方式）", "工作进展情况"),
                report.sections().get(0).columns());
        assertEquals("甲", only(report).content());
    }

    @Test
    void fillsCellMergedDownFromRowAbove() {
        Report report = assemble(table(HEADER,
                row("1", "第1项", "甲", "基教科", "进展一"),
                new Row(List.of(Cell.of("2", where()), Cell.of("第2项", where()), Cell.of("乙", where()),
                        new Cell("", 1, true, where()), Cell.of("进展二", where())), where())));
        assertEquals(List.of("基教科"), report.records().get(1).departments());
        assertEquals(2, report.records().size());
    }

    @Test
    void warnsAboutContinuationWithNothingAbove() {
        Report report = assemble(table(HEADER, row("", "", "", "", "孤立的续行")));
        assertEquals(1, report.records().size());
        assertEquals(Warning.ORPHAN_CONTINUATION, report.warnings().get(0).code());
    }

    @Test
    void warnsWhenNoHeaderIsFound() {
        Report report = assemble(new Paragraph("市教育局工作进展情况报告", where()),
                new Table(List.of(row("a", "b"), row("c", "d")), where()));
        assertTrue(report.sections().isEmpty());
        List<String> codes = report.warnings().stream().map(Warning::code).toList();
        assertTrue(codes.contains(Warning.NO_TABLE), codes.toString());
        // grouped: one warning per kind, with the count and the rows quoted, the displaced rows first
        assertEquals(List.of(Warning.ROW_WITHOUT_HEADER, Warning.NO_TABLE), codes);
        String message = report.warnings().get(0).message();
        assertTrue(message.startsWith("2 times on page 1, e.g. "), message);
        assertTrue(message.contains("\"a | b\"") && message.contains("\"c | d\""), message);
    }

    @Test
    void keepsSurplusCellsInLastColumnWithWarning() {
        Report report = assemble(table(HEADER, row("1", "第1项", "甲", "基教科", "进展", "多出来的")));
        assertEquals("进展多出来的", only(report).progress());
        assertEquals(Warning.EXTRA_CELLS, report.warnings().get(0).code());
    }

    @Test
    void dropsPageNumbersButWarnsAboutOtherStrayText() {
        Report report = assemble(table(HEADER, row("1", "第1项", "甲", "基教科", "进展")),
                new Paragraph("- 2 -", where()),
                new Paragraph("注：本表由各单位填报。", where()));
        List<Warning> warnings = warningsBesidesNoTitle(report);
        assertEquals(1, warnings.size());
        assertEquals(Warning.UNPLACED_TEXT, warnings.get(0).code());
        assertTrue(warnings.get(0).message().contains("注：本表由各单位填报。"));
    }

    @Test
    void inheritsSourceDocumentFromEarlierRow() {
        Report report = assemble(table(HEADER,
                row("1", "（十政办发〔2021〕1号） 第12项", "甲", "基教科", "进展"),
                row("2", "第 19 项", "乙", "基教科", "进展")));
        TaskRecord second = report.records().get(1);
        assertEquals("十政办发〔2021〕1号", second.source().document());
        assertEquals(19, second.source().item());
        assertTrue(second.source().inherited());
        assertFalse(report.records().get(0).source().inherited());
    }

    @Test
    void warnsWhenNoTitleComesBeforeTheTable() {
        Report report = assemble(table(HEADER, row("1", "第1项", "甲", "基教科", "进展")));
        assertEquals(List.of(Warning.NO_TITLE), report.warnings().stream().map(Warning::code).toList());
        assertNull(report.title());
    }

    @Test
    void givesEachSectionItsOwnHeader() {
        String[] works = {"序号", "来源", "工程内容", "工作部门及负责人", "工作进展情况"};
        Report report = assemble(
                new Paragraph("一、重点工作", where()),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展一")),
                new Paragraph("二、重大工程", where()),
                table(works, row("1", "第2项", "乙", "基教科", "进展二")));
        assertEquals("工作内容", report.sections().get(0).columns().get(2));
        assertEquals("工程内容", report.sections().get(1).columns().get(2));
        assertEquals(List.of(), warningsBesidesNoTitle(report));
    }

    @Test
    void warnsWhenHeaderChangesAfterRecords() {
        String[] other = {"序号", "来源", "工程内容", "责任单位", "进展情况"};
        Report report = assemble(
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展一")),
                table(other, row("2", "第2项", "乙", "基教科", "进展二")));
        assertEquals(2, report.records().size());
        assertTrue(warningsBesidesNoTitle(report).stream().anyMatch(w -> w.code().equals(Warning.HEADER_CHANGED)));
    }

    @Test
    void joinsColumnsUnderASpanningHeaderCell() {
        Row header = new Row(List.of(Cell.of("序号", where()), Cell.of("来源", where()), Cell.of("工作内容", where()),
                new Cell("责任单位", 2, false, where()), Cell.of("工作进展情况", where())), where());
        Report report = assemble(new Table(List.of(header, row("1", "第1项", "甲", "基教科", "张三 13812345678", "进展")),
                where()));
        TaskRecord r = only(report);
        assertEquals(List.of("基教科"), r.departments());
        assertEquals("张三", r.contacts().get(0).name());
        assertEquals("进展", r.progress());
        assertEquals(List.of("序号", "来源", "工作内容", "责任单位", "工作进展情况"), report.sections().get(0).columns());
        assertEquals(List.of(), warningsBesidesNoTitle(report));
    }

    @Test
    void namesColumnsFromASecondHeaderRowAndDropsItWhenRepeated() {
        Row header = new Row(List.of(Cell.of("序号", where()), Cell.of("来源", where()), Cell.of("工作内容", where()),
                new Cell("责任单位", 2, false, where()), Cell.of("工作进展情况", where())), where());
        Row sub = row("", "", "", "牵头单位", "配合单位", "");
        Report report = assemble(
                new Table(List.of(header, sub, row("1", "第1项", "甲", "基教科", "财务科", "进展一，未")), where()),
                new Table(List.of(header, sub, row("", "", "", "", "", "完。"), row("2", "第2项", "乙", "学前科", "", "进展二")),
                        where()));
        List<TaskRecord> records = report.records();
        assertEquals(2, records.size());
        assertEquals(List.of("基教科"), records.get(0).departments());
        assertEquals(Map.of("配合单位", "财务科"), records.get(0).extra());
        assertEquals("进展一，未完。", records.get(0).progress());
        assertEquals(List.of("学前科"), records.get(1).departments());
        assertEquals(List.of("序号", "来源", "工作内容", "牵头单位", "配合单位", "工作进展情况"),
                report.sections().get(0).columns());
        assertEquals(List.of(), warningsBesidesNoTitle(report));
    }

    @Test
    void keepsBothTextsOfTwoColumnsWithOneName() {
        String[] header = {"序号", "来源", "工作内容", "责任单位", "工作进展情况", "备注", "备注"};
        Report report = assemble(table(header, row("1", "第1项", "甲", "基教科", "进展", "一", "二")));
        assertEquals(Map.of("备注", "一\n二"), only(report).extra());
    }

    @Test
    void takesTheTitleFromAMergedRowAboveTheHeader() {
        Row title = new Row(List.of(new Cell("市住建局2021年上半年重点工作目标任务落实情况", 5, false, where())), where());
        Report report = assemble(new Table(List.of(title, row(HEADER), row("1", "第1项", "甲", "基教科", "进展")),
                where()));
        assertEquals("市住建局2021年上半年重点工作目标任务落实情况", report.title());
        assertEquals("市住建局", report.organization());
        assertEquals(6, report.period().toMonth());
        assertEquals(List.of(), report.warnings());
        assertEquals(1, report.records().size());
    }

    // ---- structure as a person reads it

    @Test
    void takesTheBiggestTextOfTheCoverAsTitleNotAParagraphThatReadsLikeOne() {
        Report report = assemble(
                new Paragraph("附件", where(), 16f, false),
                new Paragraph("关于做好2019年进展情况报送工作的说明：请各单位按时报送。", where(), 12f, false),
                new Paragraph("某县人社局2022年重点工作推进表", where(), 22f, true),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展")));
        assertEquals("某县人社局2022年重点工作推进表", report.title());
        assertEquals(2022, report.year());
        assertEquals("某县人社局", report.organization());
    }

    @Test
    void anOfficialDocumentsRedHeaderIsNotItsTitle() {
        Report report = assemble(
                new Paragraph("某市人民政府办公室文件", where(), 36f, true),
                new Paragraph("某政办发〔2023〕5号", where(), 16f, true),
                new Paragraph("某市2023年一季度重点工作进展情况通报", where(), 22f, true),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展")));
        assertEquals("某市2023年一季度重点工作进展情况通报", report.title());
        assertEquals(3, report.period().toMonth());
    }

    @Test
    void takesTheOrganizationFromALabelledLineWithoutTheDateAfterIt() {
        Report report = assemble(
                new Paragraph("某区2023年部门预算执行情况", where()),
                new Paragraph("预算主管部门：某区卫生健康局    填报日期：2023年7月1日", where()),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展")));
        assertEquals("某区卫生健康局", report.organization());
        assertEquals(2023, report.year());
    }

    @Test
    void takesTheOrganizationFromALabelledLineWithoutItsStampNote() {
        Report report = assemble(
                new Paragraph("2021年1-9月重点工作推进情况台账", where()),
                new Paragraph("填报单位：市教育局（盖章）  填报日期：2021年10月8日", where()),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展")));
        assertEquals("市教育局", report.organization());
        assertEquals(9, report.period().toMonth());
    }

    @Test
    void inventsNoOrganizationForAnEmptyLabel() {
        Report report = assemble(
                new Paragraph("重点工作进展情况", where()),
                new Paragraph("填报单位：", where()),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展")));
        assertNull(report.organization());
    }

    @Test
    void takesTheYearFromTheDateLineWhenTheTitleHasNone() {
        Report report = assemble(
                new Paragraph("市教育局上半年重点工作进展情况", where()),
                new Paragraph("二〇二二年七月五日", where()),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展")));
        assertEquals(2022, report.year());
        assertEquals(6, report.period().toMonth());
    }

    @Test
    void skipsATableOfContentsRunTogetherIntoOneParagraph() {
        Report report = assemble(
                new Paragraph("市教育局重点工作进展情况", where()),
                new Paragraph("目 录", where()),
                new Paragraph("一、重点工作……………………1 二、重大工程……………………3", where()),
                new Paragraph("三、重点建议和提案 . . . . . . . . 5", where()),
                new Paragraph("一、重点工作", where()),
                table(HEADER, row("1", "第1项", "甲", "基教科", "进展")));
        assertEquals("市教育局重点工作进展情况", report.title());
        assertEquals(1, report.sections().size());
        assertEquals("重点工作", report.sections().get(0).title());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void groupsAWarningPerRowOfANonProgressTableIntoOne() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) rows.add(row("2050" + i, "科目" + i, i + ".00"));
        Report report = assemble(new Paragraph("某区2023年一般公共预算支出表", where()), new Table(rows, where()));
        assertEquals(List.of(Warning.ROW_WITHOUT_HEADER, Warning.NO_TABLE),
                report.warnings().stream().map(Warning::code).toList());
        assertTrue(report.warnings().get(0).message().startsWith("500 times on page 1, e.g. "),
                report.warnings().get(0).message());
    }

    @Test
    void aRowLabelOfANonProgressTableIsNoSection() {
        Report report = assemble(new Paragraph("某区2023年一般公共预算支出表", where()),
                new Table(List.of(row("一、基本支出", "", ""), row("20501", "教育管理事务", "1.00")), where()));
        assertEquals(List.of(), report.sections());
        assertTrue(report.warnings().get(0).message().startsWith("2 times on page 1, e.g. "), report.warnings().toString());
    }

    @Test
    void aContinuationWithMergedColumnsPutsEachCellUnderItsHeader() {
        // page 2 holds item 2 alone, its 来源 and 工作内容 in one cell: a grid of four columns, the header's five
        float[] five = {0, 40, 120, 240, 320, 480};
        float[] four = {0, 40, 240, 320, 480};
        Table first = new Table(List.of(boxed(1, five, "序号", "来源", "工作内容", "责任单位", "工作进展情况"),
                boxed(1, five, "1", "第1项", "新建学校", "市教育局", "已开工")), boxed(1, five, "序号").where());
        Table second = new Table(List.of(boxed(2, four, "2", "第2项：改造道路", "市交通运输局", "完成八成")),
                boxed(2, four, "2").where());
        Report report = ReportAssembler.assemble(new Layout("pdf", 2, List.of(first, second), List.of()), INFO);
        assertEquals(2, report.records().size());
        TaskRecord two = report.records().get(1);
        assertEquals("2", two.seq());
        assertEquals(List.of("市交通运输局"), two.departments());
        assertEquals("完成八成", two.progress());
        assertEquals(List.of(), warningsBesidesNoTitle(report));
    }

    // ---- helpers

    /** A row of cells between the given column edges, on a page, with boxes as a PDF reader gives them. */
    private static Row boxed(int page, float[] edges, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++)
            cells.add(Cell.of(texts[i], new Provenance(page, null, null, null,
                    new Provenance.Box(edges[i], 100, edges[i + 1] - edges[i], 20))));
        return new Row(cells, new Provenance(page, null, null, null,
                new Provenance.Box(edges[0], 100, edges[texts.length] - edges[0], 20)));
    }

    private static List<Warning> warningsBesidesNoTitle(Report report) {
        return report.warnings().stream().filter(w -> !w.code().equals(Warning.NO_TITLE)).toList();
    }

    private Report assemble(Block... blocks) {
        return ReportAssembler.assemble(new Layout("test", null, Arrays.asList(blocks), List.of()), INFO);
    }

    private static TaskRecord only(Report report) {
        assertEquals(1, report.records().size(), "records");
        return report.records().get(0);
    }

    private Table table(String[] header, Row... rows) {
        Provenance where = where();
        List<Row> all = new ArrayList<>();
        all.add(row(header));
        all.addAll(List.of(rows));
        Table t = new Table(all, where);
        page++;
        return t;
    }

    private Row row(String... cells) {
        Provenance where = where();
        return new Row(Arrays.stream(cells).map(c -> Cell.of(c, where)).toList(), where);
    }

    private Provenance where() {
        return new Provenance(page, null, null, null, null);
    }
}
