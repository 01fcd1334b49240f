package org.jindu.read.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws the PDFs that reproduce how WPS, Word and Excel lay out real government reports, where jindu
 * once went wrong (issue 9): a ruled table whose last row on a page has no bottom rule of its own,
 * punctuation hanging past the text edge, a number wrapped inside a document number, a vertical label
 * in a tall merged cell, a cover with a two-line title and a labelled department, a table of contents
 * with dot leaders, part headings (第一部分), prose right above a ruled table and a glossary. Each
 * drawing says which office-suite habit it copies. All text is invented.
 *
 * <p>Not a test: run by {@code fixtures/pdf/draw-layout-pdfs.sh}, kept with the tests so that it compiles
 * in every build. Usage: {@code LayoutPdfDrawer FONT.ttc FONT-NAME OUT-DIR}
 */
public final class LayoutPdfDrawer {
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float LEFT = 72;
    private static final float RIGHT = A4.getWidth() - 72;

    private final TrueTypeFont ttf;
    private PDDocument doc;
    private PDType0Font font;
    private PDPageContentStream out;
    /** The height of the frame drawn in, to turn y from the top into PDF's y from the bottom. */
    private float frameHeight = A4.getHeight();

    private LayoutPdfDrawer(TrueTypeFont ttf) {
        this.ttf = ttf;
    }

    public static void main(String[] args) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(new File(args[0]))) {
            TrueTypeFont ttf = ttc.getFontByName(args[1]);
            if (ttf == null) throw new IllegalArgumentException("no font " + args[1] + " in " + args[0]);
            Path dir = Path.of(args[2]);
            Files.createDirectories(dir);
            LayoutPdfDrawer d = new LayoutPdfDrawer(ttf);
            d.openLastRows(dir.resolve("open-last-row.pdf"));
            d.hanging(dir.resolve("hanging-punctuation.pdf"));
            d.verticalLabel(dir.resolve("vertical-label.pdf"));
            d.coverTocBody(dir.resolve("cover-toc-body.pdf"));
            d.yearbook(dir.resolve("yearbook-letterhead.pdf"));
            d.damaged(dir.resolve("hanging-punctuation.pdf"), dir.resolve("damaged-no-tounicode.pdf"));
            d.rotatedPage(dir.resolve("rotated-page.pdf"));
            d.turnedTable(dir.resolve("turned-table.pdf"));
            d.pageFrame(dir.resolve("page-frame.pdf"));
            d.invisibleRules(dir.resolve("invisible-rules.pdf"));
        }
    }

    // ---- drawings

    /**
     * A budget table over two pages as WPS exports it when a table breaks across a page: the last row
     * on each page has its column rules drawn down to its foot but no bottom rule of its own; on the
     * second page that row is the 合计 (totals) row. A paragraph of prose stands right above the table.
     */
    private void openLastRows(Path file) throws IOException {
        begin();
        float[] cols = {LEFT, LEFT + 90, LEFT + 300, RIGHT};
        String[][] rows = {
            {"科目编码", "科目名称", "预算数（万元）"},
            {"205", "教育支出", "12,345.67"},
            {"20501", "教育管理事务", "1,020.00"},
            {"20502", "普通教育", "9,876.50"},
            {"20503", "职业教育", "1,449.17"},
        };
        page();
        text("某区教育局2023年部门预算支出表", 16, center("某区教育局2023年部门预算支出表", 16), 90);
        text("本表反映部门本年度一般公共预算支出情况，金额单位为万元，", 12, LEFT, 130);
        text("按支出功能分类科目列示到项级。", 12, LEFT, 148);
        float y = table(cols, rows, 160, 26, 12, false);
        text("- 1 -", 10, center("- 1 -", 10), A4.getHeight() - 40);
        page();
        String[][] rest = {
            {"科目编码", "科目名称", "预算数（万元）"},
            {"208", "社会保障和就业支出", "654.33"},
            {"221", "住房保障支出", "300.00"},
            {"", "合计", "13,300.00"},
        };
        table(cols, rest, 72, 26, 12, false);
        text("- 2 -", 10, center("- 2 -", 10), A4.getHeight() - 40);
        end(file);
    }

    /**
     * Punctuation that Word and WPS let hang past the text edge: in prose a line-final "，" and "。"
     * stand right of the right margin; in a table a cell's line-final "，" stands past its cell's right
     * rule, and the last column's "。" past the table's. A 来源 cell wraps its document number inside
     * the year ("〔20" / "21〕").
     */
    private void hanging(Path file) throws IOException {
        begin();
        page();
        float size = 12;
        text("附件", 16, LEFT, 80);
        String title = "某区教育局2021年政府工作目标进展情况";
        text(title, 18, center(title, 18), 110);
        // prose justified to the margin, the punctuation hanging past it
        String l1 = "今年以来，我局按照年度工作目标，扎实推进各项重点任务";
        String l2 = "截至九月底，全区新增公办学位三千余个，超额完成全年任";
        String l3 = "务。";
        spread(l1, size, LEFT, RIGHT, 140);
        text("，", size, RIGHT, 140);
        spread(l2, size, LEFT, RIGHT, 158);
        text(l3, size, LEFT, 176);
        text("一、重点工作", 14, LEFT, 206);
        float[] cols = {LEFT, LEFT + 34, LEFT + 134, LEFT + 264, RIGHT};
        float top = 216;
        float[] bottoms = {top + 24, top + 24 + 80};
        hline(LEFT, RIGHT, top);
        hline(LEFT, RIGHT, bottoms[0]);
        hline(LEFT, RIGHT, bottoms[1]);
        for (float x : cols) vline(x, top, bottoms[1]);
        String[] header = {"序号", "来源", "工作内容", "工作进展情况"};
        for (int c = 0; c < header.length; c++) text(header[c], size, cols[c] + 3, top + 17);
        float lead = 18;
        float base = bottoms[0] + 16;
        text("1", size, cols[0] + 3, base);
        // 来源: the document number wraps inside its year
        String[] source = {"（某政办发〔20", "21〕1号）第", "12项"};
        for (int i = 0; i < source.length; i++) text(source[i], size, cols[1] + 3, base + i * lead);
        // 工作内容: full lines, the comma after the first hanging past the cell's right rule
        spread("新建改扩建公办幼儿园", size, cols[2] + 3, cols[3] - 3, base);
        text("，", size, cols[3] - 1, base);
        text("增加学位三千个", size, cols[2] + 3, base + lead);
        // 工作进展情况: the full stop hanging past the table's right rule
        String p1 = "已开工十二所，完工八所，新增学位三千余个，完成全年任务";
        spread(p1, size, cols[3] + 3, cols[4] - 3, base);
        text("。", size, cols[4] - 1, base);
        text("下一步将加快验收。", size, cols[3] + 3, base + lead);
        text("- 1 -", 10, center("- 1 -", 10), A4.getHeight() - 40);
        end(file);
    }

    /**
     * A vertical label as WPS and Word set it in a tall merged first-column cell: one character per
     * line, centred, top to bottom, beside rows with text of their own.
     */
    private void verticalLabel(Path file) throws IOException {
        begin();
        page();
        float size = 12;
        String title = "某区教育局2022年重点工作任务进展情况";
        text(title, 18, center(title, 18), 90);
        float[] cols = {LEFT, LEFT + 40, LEFT + 80, LEFT + 230, RIGHT};
        float top = 110;
        float head = top + 24;
        float[] rowBottoms = {head + 40, head + 80, head + 120};
        hline(LEFT, RIGHT, top);
        hline(LEFT, RIGHT, head);
        for (int i = 0; i < rowBottoms.length - 1; i++) hline(cols[1], RIGHT, rowBottoms[i]); // not across the label
        hline(LEFT, RIGHT, rowBottoms[rowBottoms.length - 1]);
        for (float x : cols) vline(x, top, rowBottoms[rowBottoms.length - 1]);
        String[] header = {"类别", "序号", "工作任务", "完成情况"};
        for (int c = 0; c < header.length; c++) text(header[c], size, cols[c] + 3, top + 17);
        String label = "重点工作";
        float labelTop = head + (120 - label.length() * 20) / 2 + 15;
        for (int i = 0; i < label.length(); i++)
            text(label.substring(i, i + 1), size, cols[0] + (40 - size) / 2, labelTop + i * 20);
        String[][] rows = {
            {"1", "新建幼儿园三所", "已完工两所，一所在建"},
            {"2", "招聘教师一百名", "已招聘一百零五名"},
            {"3", "改造薄弱学校", "完成改造十二所"},
        };
        for (int r = 0; r < rows.length; r++) {
            float b = head + r * 40 + 24;
            text(rows[r][0], size, cols[1] + 3, b);
            text(rows[r][1], size, cols[2] + 3, b);
            text(rows[r][2], size, cols[3] + 3, b);
        }
        // the same table again with its label set as vertical text (Word's and WPS's text direction "top
        // to bottom"): one text run whose baseline runs down the cell, each character turned a quarter
        float top2 = rowBottoms[rowBottoms.length - 1] + 40;
        float head2 = top2 + 24;
        float bottom2 = head2 + 120;
        hline(LEFT, RIGHT, top2);
        hline(LEFT, RIGHT, head2);
        hline(cols[1], RIGHT, head2 + 40);
        hline(cols[1], RIGHT, head2 + 80);
        hline(LEFT, RIGHT, bottom2);
        for (float x : cols) vline(x, top2, bottom2);
        for (int c = 0; c < header.length; c++) text(header[c], size, cols[c] + 3, top2 + 17);
        String label2 = "民生实事";
        out.beginText();
        out.setFont(font, size);
        // rotated 90° clockwise: the text runs down the page, the glyphs' tops face right
        out.setTextMatrix(new org.apache.pdfbox.util.Matrix(0, -1, 1, 0, cols[0] + 40 / 2f - size * 0.4f,
                A4.getHeight() - (head2 + (120 - label2.length() * size) / 2)));
        out.showText(label2);
        out.endText();
        String[][] rows2 = {
            {"1", "新增公交线路两条", "已开通两条"},
            {"2", "改造老旧小区十个", "完成改造八个"},
            {"3", "新建口袋公园五个", "已建成五个"},
        };
        for (int r = 0; r < rows2.length; r++) {
            float b = head2 + r * 40 + 24;
            text(rows2[r][0], size, cols[1] + 3, b);
            text(rows2[r][1], size, cols[2] + 3, b);
            text(rows2[r][2], size, cols[3] + 3, b);
        }
        text("- 1 -", 10, center("- 1 -", 10), A4.getHeight() - 40);
        end(file);
    }

    /**
     * A report with a cover, a table of contents and a body, as bureaus lay them out in Word: the
     * cover's title in a large centred font over two lines (the year on the second), the reporting
     * department on a labelled line of its own and a date line; a 目录 page with dot leaders and page
     * numbers; a body with part headings (第一部分), section headings, prose right above a ruled table,
     * a cited document whose name holds another year, a glossary of "名词：释义" lines and a boxed note
     * (a paragraph with borders: one ruled column around prose).
     */
    private void coverTocBody(Path file) throws IOException {
        begin();
        // cover
        page();
        float big = 26;
        String t1 = "某区教育局重点工作任务";
        String t2 = "2023年1-6月进展情况报告";
        text(t1, big, center(t1, big), 220);
        text(t2, big, center(t2, big), 220 + big * 1.8f);
        String unit = "报送单位：某区教育局";
        text(unit, 16, center(unit, 16), 500);
        String date = "2023年7月10日";
        text(date, 16, center(date, 16), 530);
        // table of contents
        page();
        text("目  录", 18, center("目  录", 18), 90);
        String[][] toc = {
            {"第一部分  工作进展", "1"},
            {"一、重点工作", "1"},
            {"二、重大工程", "2"},
            {"第二部分  名词解释", "2"},
        };
        float y = 130;
        for (String[] e : toc) {
            float x = e[0].startsWith("第") ? LEFT : LEFT + 24;
            text(e[0], 14, x, y);
            float from = x + width(e[0], 14) + 4;
            float to = RIGHT - width(e[1], 14) - 4;
            StringBuilder dots = new StringBuilder();
            while (width(dots + "…", 14) < to - from) dots.append('…');
            text(dots.toString(), 14, from, y);
            text(e[1], 14, RIGHT - width(e[1], 14), y);
            y += 28;
        }
        // body
        page();
        text("第一部分  工作进展", 18, center("第一部分  工作进展", 18), 90);
        text("一、重点工作", 14, LEFT, 125);
        text("根据《某市人民政府办公室关于印发2021年重点工作任务分解方案", 12, LEFT, 150);
        text("的通知》，我局牵头的任务进展如下。", 12, LEFT, 168);
        float[] cols = {LEFT, LEFT + 34, LEFT + 190, LEFT + 280, RIGHT};
        String[][] rows = {
            {"序号", "工作任务", "责任单位", "工作进展情况"},
            {"1", "新建幼儿园三所", "基教科", "已完工两所"},
            {"2", "招聘教师一百名", "人事科", "已招聘一百零五名"},
        };
        table(cols, rows, 178, 24, 12, true);
        text("二、重大工程", 14, LEFT, 290);
        String[][] rows2 = {
            {"序号", "工作任务", "责任单位", "工作进展情况"},
            {"1", "某区第一中学新校区建设", "计财科", "主体完工"},
        };
        table(cols, rows2, 300, 24, 12, true);
        text("- 1 -", 10, center("- 1 -", 10), A4.getHeight() - 40);
        page();
        text("第二部分  名词解释", 18, center("第二部分  名词解释", 18), 90);
        text("公办学位：由政府举办的幼儿园和中小学提供的学位。", 12, LEFT, 125);
        text("薄弱学校：办学条件未达到省定标准的学校。", 12, LEFT, 145);
        // a boxed note, as Word draws a paragraph with borders: a frame around prose, one column
        hline(LEFT, RIGHT, 170);
        hline(LEFT, RIGHT, 216);
        vline(LEFT, 170, 216);
        vline(RIGHT, 170, 216);
        text("说明：本报告所列数据截至2023年6月30日，部分数据为初步统计，", 12, LEFT + 6, 189);
        text("以年度决算为准。", 12, LEFT + 6, 207);
        text("- 2 -", 10, center("- 2 -", 10), A4.getHeight() - 40);
        end(file);
    }

    /** A copy of a fixture whose fonts lost their ToUnicode maps, as some exporters write them: nothing can be read. */
    private void damaged(Path from, Path to) throws IOException {
        try (PDDocument d = PDDocument.load(from.toFile())) {
            for (PDPage page : d.getPages())
                for (var name : page.getResources().getFontNames())
                    page.getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
            d.save(to.toFile());
        }
    }

    /**
     * A statistical table in an official document: a red letterhead with its rule across the text
     * width, a title, a unit line, then a table across the same width drawn with horizontal rules only
     * (top and bottom rules as filled boxes 1.5 pt high, as WPS and Word draw thick borders, a 0.5 pt
     * stroked rule under the header), a header cell on two lines (户籍人口 / （万人）), numbers
     * right-aligned; under it the document's footer (抄送, 印发) between rules of the same width again.
     */
    private void yearbook(Path file) throws IOException {
        begin();
        page();
        out.setNonStrokingColor(0.8f, 0f, 0f);
        text("某区统计局文件", 30, center("某区统计局文件", 30), 110);
        out.setStrokingColor(0.8f, 0f, 0f);
        out.setLineWidth(2f);
        hline(LEFT, RIGHT, 140);
        out.setLineWidth(0.5f);
        out.setStrokingColor(0f, 0f, 0f);
        out.setNonStrokingColor(0f, 0f, 0f);
        text("某统〔2023〕5号", 12, center("某统〔2023〕5号", 12), 128);
        text("2022年各街道人口与经济主要指标", 16, center("2022年各街道人口与经济主要指标", 16), 180);
        text("单位：万人、亿元", 10.5f, RIGHT - width("单位：万人、亿元", 10.5f), 205);
        float[] right = {0, LEFT + 190, LEFT + 290, LEFT + 370, RIGHT - 4};
        String[][] rows = {
            {"街道", "户籍人口", "常住人口", "地区生产总值", "增长（%）"},
            {"城南街道", "8.62", "10.15", "126.4", "5.2"},
            {"城北街道", "7.94", "9.03", "98.7", "4.8"},
            {"滨江街道", "5.31", "7.86", "143.2", "6.1"},
            {"开发区管委会", "2.07", "4.55", "211.9", "7.3"},
            {"合计", "23.94", "31.59", "580.2", "6.0"},
        };
        float top = 212;
        out.addRect(LEFT, A4.getHeight() - top - 1.5f, RIGHT - LEFT, 1.5f);
        out.fill();
        // the header: centred over its column, 户籍人口 on two lines
        float[] mid = {LEFT + 40, LEFT + 160, LEFT + 255, LEFT + 335, RIGHT - 40};
        for (int c = 0; c < 5; c++) text(rows[0][c], 10.5f, mid[c] - width(rows[0][c], 10.5f) / 2, top + 20);
        text("（万人）", 10.5f, mid[1] - width("（万人）", 10.5f) / 2, top + 34);
        hline(LEFT, RIGHT, top + 42);
        float y = top + 42;
        for (int r = 1; r < rows.length; r++) {
            y += 20;
            text(rows[r][0], 10.5f, LEFT + 6, y);
            for (int c = 1; c < 5; c++) text(rows[r][c], 10.5f, right[c] - width(rows[r][c], 10.5f), y);
        }
        y += 10;
        out.addRect(LEFT, A4.getHeight() - y - 1.5f, RIGHT - LEFT, 1.5f);
        out.fill();
        text("注：地区生产总值按当年价格计算，增长速度按可比价格计算。", 9, LEFT, y + 20);
        // the footer of an official document: 抄送 and 印发 between rules of the text's width
        float foot = A4.getHeight() - 120;
        hline(LEFT, RIGHT, foot);
        text("抄送：区委办公室，区人大常委会办公室，区政协办公室。", 12, LEFT + 12, foot + 22);
        hline(LEFT, RIGHT, foot + 32);
        text("某区统计局办公室", 12, LEFT + 12, foot + 54);
        text("2023年3月10日印发", 12, RIGHT - 12 - width("2023年3月10日印发", 12), foot + 54);
        hline(LEFT, RIGHT, foot + 64);
        end(file);
    }

    /** The landscape budget table of {@link #rotatedPage} and {@link #turnedTable}, drawn in an 842 x 595 frame. */
    static final String[][] LANDSCAPE_BUDGET = {
        {"项目编号", "项目名称", "年初预算", "调整预算", "执行数"},
        {"XM-01", "城区污水管网改造工程", "3,200.00", "3,450.00", "2,980.50"},
        {"XM-02", "中小学校舍维修加固", "1,150.00", "1,150.00", "1,020.00"},
        {"XM-03", "农村公路提档升级", "2,480.00", "2,300.00", "1,876.30"},
        {"XM-04", "社区养老服务中心建设", "860.00", "920.00", "655.00"},
    };

    private void landscapeBudget() throws IOException {
        float width = A4.getHeight();
        String title = "某区2023年重点项目资金安排表";
        text(title, 16, (width - width(title, 16)) / 2, 70);
        text("单位：万元", 11, 72, 100);
        float[] cols = {72, 72 + 90, 72 + 340, 72 + 460, 72 + 580, width - 72};
        table(cols, LANDSCAPE_BUDGET, 110, 28, 12, true);
        text("- 1 -", 10, (width - width("- 1 -", 10)) / 2, A4.getWidth() - 40);
    }

    /**
     * A landscape page the way scanners' and printer drivers' PDFs carry one: a portrait page
     * ({@code /MediaBox} 595 x 842) shown with {@code /Rotate 90}, its content drawn turned a quarter
     * counter-clockwise so that the viewer's turn sets it upright. The text runs up the page.
     */
    private void rotatedPage(Path file) throws IOException {
        begin();
        PDPage page = new PDPage(A4);
        page.setRotation(90);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.5f);
        out.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, A4.getWidth(), 0));
        frameHeight = A4.getWidth();
        landscapeBudget();
        frameHeight = A4.getHeight();
        end(file);
    }

    /**
     * A landscape table printed across a portrait page without {@code /Rotate}: the whole page content
     * turned a quarter clockwise, its text running down the page (read by turning the paper).
     */
    private void turnedTable(Path file) throws IOException {
        begin();
        page();
        out.transform(new org.apache.pdfbox.util.Matrix(0, -1, 1, 0, 0, A4.getHeight()));
        frameHeight = A4.getWidth();
        landscapeBudget();
        frameHeight = A4.getHeight();
        end(file);
    }

    /** The progress table of {@link #pageFrame} and {@link #invisibleRules}: each data cell holds two lines. */
    static final String[][] FRAMED_TABLE = {
        {"序号", "工作内容", "责任单位", "进展情况"},
        {"1", "新建公办幼儿园|三所", "区教育局", "已开工三所|完成主体两所"},
        {"2", "改造老旧小区|十个", "区住房城乡建设局", "完成改造八个|两个在建"},
        {"3", "新增公交线路|两条", "区交通运输局", "已开通一条|一条试运行"},
    };

    private float framedTable(float top) throws IOException {
        float[] cols = {LEFT, LEFT + 34, LEFT + 174, LEFT + 304, RIGHT};
        float y = top;
        hline(LEFT, RIGHT, y);
        for (int r = 0; r < FRAMED_TABLE.length; r++) {
            float h = r == 0 ? 24 : 44;
            for (int c = 0; c < 4; c++) {
                String[] lines = FRAMED_TABLE[r][c].split("\\|");
                for (int i = 0; i < lines.length; i++) text(lines[i], 12, cols[c] + 3, y + 17 + i * 18);
            }
            y += h;
            hline(LEFT, RIGHT, y);
        }
        for (float x : cols) vline(x, top, y);
        return y;
    }

    /**
     * A page frame: a rectangle drawn around the whole text block (a border some bureaus' templates
     * put on every page), with prose, a ruled table and a page number inside it.
     */
    private void pageFrame(Path file) throws IOException {
        begin();
        page();
        out.addRect(40, 40, A4.getWidth() - 80, A4.getHeight() - 80);
        out.stroke();
        String title = "某区2023年民生实事进展情况";
        text(title, 18, center(title, 18), 100);
        text("今年以来，各责任单位按照年度计划推进民生实事，现将进展情况报告如下。", 12, LEFT, 136);
        float bottom = framedTable(150);
        text("以上事项将于年底前全部完成。", 12, LEFT, bottom + 30);
        text("- 1 -", 10, center("- 1 -", 10), A4.getHeight() - 60);
        end(file);
    }

    /**
     * Lines no reader sees, around and across a ruled table: a page-sized rectangle stroked in white (a
     * template's invisible border), a rectangle and a column rule drawn in black but clipped away (the
     * clipping path an empty corner of the page), a line through the middle of the data rows stroked
     * fully transparent, and another stroked in white. Each of them, taken for a ruling, would split the
     * table's two-line cells or close a cell around the whole page.
     */
    private void invisibleRules(Path file) throws IOException {
        begin();
        page();
        out.setStrokingColor(java.awt.Color.WHITE);
        out.addRect(20, 20, A4.getWidth() - 40, A4.getHeight() - 40);
        out.stroke();
        out.setStrokingColor(java.awt.Color.BLACK);
        out.saveGraphicsState();
        out.addRect(400, A4.getHeight() - 60, 100, 15);
        out.clip();
        out.addRect(50, 50, A4.getWidth() - 100, A4.getHeight() - 130);
        out.stroke();
        vline(LEFT + 240, 140, 400);
        out.restoreGraphicsState();
        String title = "某区2023年民生实事进展情况";
        text(title, 18, center(title, 18), 100);
        float bottom = framedTable(150);
        out.saveGraphicsState();
        org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState clear =
                new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
        clear.setStrokingAlphaConstant(0f);
        out.setGraphicsStateParameters(clear);
        hline(LEFT, RIGHT, 196); // between the two lines of the first data row
        out.restoreGraphicsState();
        out.setStrokingColor(java.awt.Color.WHITE);
        hline(LEFT, RIGHT, 240); // between the two lines of the second
        out.setStrokingColor(java.awt.Color.BLACK);
        text("以上事项将于年底前全部完成。", 12, LEFT, bottom + 30);
        text("- 1 -", 10, center("- 1 -", 10), A4.getHeight() - 40);
        end(file);
    }

    // ---- drawing helpers (y measured from the top of the page)

    /**
     * A ruled table; returns its bottom. With {@code closed} false the last row gets its column rules
     * but no bottom rule, as WPS draws the last row before a page break.
     */
    private float table(float[] cols, String[][] rows, float top, float height, float size, boolean closed)
            throws IOException {
        float bottom = top + rows.length * height;
        for (int r = 0; r <= rows.length; r++) {
            if (r == rows.length && !closed) break;
            hline(cols[0], cols[cols.length - 1], top + r * height);
        }
        for (float x : cols) vline(x, top, bottom);
        for (int r = 0; r < rows.length; r++)
            for (int c = 0; c < rows[r].length; c++)
                text(rows[r][c], size, cols[c] + 3, top + r * height + height / 2 + size * 0.35f);
        return bottom;
    }

    private void begin() {
        doc = new PDDocument();
        try {
            font = PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void page() throws IOException {
        if (out != null) out.close();
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        out.setLineWidth(0.5f);
    }

    private void end(Path file) throws IOException {
        out.close();
        out = null;
        doc.save(file.toFile());
        doc.close();
    }

    private float center(String s, float size) throws IOException {
        return (A4.getWidth() - width(s, size)) / 2;
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private void text(String s, float size, float x, float y) throws IOException {
        if (s.isEmpty()) return;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, frameHeight - y);
        out.showText(s);
        out.endText();
    }

    /** Justified text: the characters spread evenly from {@code left} to {@code right}. */
    private void spread(String s, float size, float left, float right, float y) throws IOException {
        List<Integer> cps = s.codePoints().boxed().toList();
        float natural = width(s, size);
        float extra = cps.size() > 1 ? (right - left - natural) / (cps.size() - 1) : 0;
        float x = left;
        for (int cp : cps) {
            String one = new String(Character.toChars(cp));
            text(one, size, x, y);
            x += width(one, size) + extra;
        }
    }

    private void hline(float x0, float x1, float y) throws IOException {
        out.moveTo(x0, frameHeight - y);
        out.lineTo(x1, frameHeight - y);
        out.stroke();
    }

    private void vline(float x, float y0, float y1) throws IOException {
        out.moveTo(x, frameHeight - y0);
        out.lineTo(x, frameHeight - y1);
        out.stroke();
    }
}
