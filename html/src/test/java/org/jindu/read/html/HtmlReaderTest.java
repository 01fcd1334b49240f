package org.jindu.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jindu.exception.CorruptDocumentException;
import org.jindu.exception.DocumentTooLargeException;
import org.jindu.Jindu;
import org.jindu.model.Report;
import org.jindu.model.TaskRecord;
import org.jindu.model.Warning;
import org.junit.jupiter.api.Test;

/** The web-page reader on small pages written here. */
class HtmlReaderTest {
    static final String TABLE = "<table border=1><tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>进展情况</th></tr>"
            + "<tr><td>1</td><td>修缮校舍</td><td rowspan=2>基建科</td><td>已完成</td></tr>"
            + "<tr><td>2</td><td>添置设备</td><td>已采购<br>正在安装</td></tr>"
            + "<tr><td colspan=4>二、民生实事</td></tr>"
            + "<tr><td>1</td><td>招聘教师</td><td>人事科</td><td><p>已招聘。</p><p>已到岗。</p></td></tr></table>";

    private static Report parse(String html, String name) throws Exception {
        return Jindu.parse(html.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void rowspanColspanAndBreaksInCells() throws Exception {
        Report report = parse("<html><body><p>某局2021年上半年重点工作进展情况</p><p>一、重点工作</p>" + TABLE
                + "</body></html>", "a.html");
        List<TaskRecord> r = report.records();
        assertEquals(List.of("基建科"), r.get(1).departments()); // rowspan carries the unit down
        assertEquals("已采购\n正在安装", r.get(1).progress());
        assertEquals("已招聘。\n已到岗。", r.get(2).progress());
        assertEquals(List.of("重点工作", "民生实事"), report.sections().stream().map(s -> s.title()).toList());
        assertEquals("某局", report.organization());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void chromeInsideTheArticleGivesNoWarning() throws Exception {
        Report report = parse("<html><head><title>网站</title></head><body><div id=content>"
                + "<h2>某局2021年上半年重点工作进展情况</h2><p>发布时间：2021-07-05 来源：某局 浏览次数：88</p>"
                + "<p>一、重点工作</p>" + TABLE + "<p>【打印本页】【关闭窗口】</p>"
                + "<p>版权所有：某市人民政府</p></div><div class=share-bar>分享到：微信 微博</div></body></html>", "a.html");
        assertEquals(3, report.records().size());
        assertEquals("某局2021年上半年重点工作进展情况", report.title());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void textAfterTheTableThatIsNotChromeIsWarnedAbout() throws Exception {
        Report report = parse("<html><body><p>某局2021年上半年重点工作进展情况</p>" + TABLE
                + "<p>联系人：王磊，电话 0719-8661201</p></body></html>", "a.html");
        assertEquals(List.of(Warning.UNPLACED_TEXT), report.warnings().stream().map(Warning::code).toList());
    }

    @Test
    void titleFromTheTitleTagWithoutTheSiteName() throws Exception {
        Report report = parse("<html><head><title>某局2021年1-6月重点工作进展情况_某市人民政府网</title></head>"
                + "<body><div class=nav><a>首页</a><a>政务公开</a></div><div>" + TABLE + "</div></body></html>", "a.htm");
        assertEquals("某局2021年1-6月重点工作进展情况", report.title());
        assertEquals(2021, report.year());
        assertEquals(6, report.period().toMonth());
    }

    @Test
    void encodingsFromBomMetaOrTheBytes() throws Exception {
        String page = "<html><head><title>某局工作进展情况</title></head><body>" + TABLE + "</body></html>";
        Charset gbk = Charset.forName("GBK");
        String declared = page.replace("<head>", "<head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">");
        String utf8Declared = page.replace("<head>", "<head><meta charset=\"utf-8\">");
        byte[] bom16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE));
        for (byte[] bytes : List.of(declared.getBytes(gbk), page.getBytes(gbk), page.getBytes(StandardCharsets.UTF_8),
                bom16, utf8Declared.getBytes(gbk))) {
            Report report = Jindu.parse(bytes, "p.html");
            assertEquals("修缮校舍", report.records().get(0).content());
            assertEquals(List.of(), report.warnings());
        }
    }

    @Test
    void aBareTableExportedAsExcelIsReadAsAPage() throws Exception {
        Report report = Jindu.parse(TABLE.getBytes(Charset.forName("GBK")), "导出.xls");
        assertEquals("html", report.document().format());
        assertEquals(3, report.records().size());
    }

    @Test
    void fiftyMegabytePageIsTooLargeBeforeItIsParsed() {
        StringBuilder s = new StringBuilder(51 << 20).append("<html><body>");
        String row = "<tr><td>1</td><td>推进县乡村公共服务一体化</td><td>基教科</td><td>已完成</td></tr>\n";
        while (s.length() < 50 << 20) s.append(row);
        byte[] bytes = s.append("</body></html>").toString().getBytes(StandardCharsets.ISO_8859_1);
        DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class, () -> Jindu.parse(bytes, "big.html"));
        assertEquals("TOO_LARGE", e.code());
    }

    @Test
    void markupNestedPastTheDepthLimitIsWarnedAboutNotAStackOverflow() throws Exception {
        String page = "<html><body>" + "<div>".repeat(100_000) + "<p>某局工作进展情况</p>" + TABLE
                + "</div>".repeat(100_000) + "</body></html>";
        Report report = parse(page, "deep.html");
        assertTrue(report.warnings().stream().anyMatch(w -> w.code().equals(HtmlReader.MARKUP_TOO_DEEP)),
                report.warnings().toString());
    }

    @Test
    void markupNestedWithinTheLimitIsReadWhole() throws Exception {
        String page = "<html><body>" + "<div>".repeat(150) + "<p>某局工作进展情况</p>" + TABLE
                + "</div>".repeat(150) + "</body></html>";
        Report report = parse(page, "deep.html");
        assertEquals(3, report.records().size());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void anMhtWithoutAnHtmlPartIsCorrupt() {
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        // the type says text/html only in a header of a part that the stream never finishes
        byte[] bytes = (mht.replace("text/html\r\nContent-Transfer", "image/png\r\nContent-Transfer")
                + "iVBORw0KGgo=\r\n--b--\r\n<!-- text/html -->").getBytes(StandardCharsets.US_ASCII);
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> Jindu.parse(bytes, "x.mht"));
        assertTrue(e.getMessage().contains("without an HTML part"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
