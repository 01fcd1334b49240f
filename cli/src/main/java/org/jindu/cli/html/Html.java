package org.jindu.cli.html;

/** What the HTML pages share: escaping and the page around a body, styles and script inline. */
final class Html {
    /** Chinese text in the fonts the reader's system has: macOS, Windows, Linux, then any sans-serif. */
    static final String FONTS = "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\","
            + " \"Source Han Sans SC\", \"WenQuanYi Zen Hei\", \"WenQuanYi Micro Hei\", sans-serif";

    static final String BASE_CSS = """
            :root { --ink: #1d232b; --muted: #5c6670; --line: #d5dae0; --accent: #0b63c4; --mark: #fff1a8;
                    --bad: #b3261e; --good: #1a7f37; --warn: #9a6700; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: %s; color: var(--ink); font-size: 14px; line-height: 1.55; background: #f6f7f9; }
            header.top { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); }
            header.top h1 { font-size: 18px; margin: 0 0 4px; }
            .meta { color: var(--muted); font-size: 13px; }
            .meta span + span::before { content: " · "; }
            table { border-collapse: collapse; width: 100%; background: #fff; }
            th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
            thead th { background: #eef1f4; position: sticky; top: 0; z-index: 1; font-weight: 600; }
            .flag { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .02em; padding: 0 5px;
                    margin: 0 3px 3px 0; border-radius: 3px; border: 1px solid currentColor; }
            .flag[data-flag=NEW] { color: var(--accent); }
            .flag[data-flag=DROPPED] { color: var(--bad); }
            .flag[data-flag=UNCHANGED] { color: var(--warn); }
            .flag[data-flag=DECREASED] { color: var(--bad); background: #fdecea; }
            .flag[data-flag=COMPLETED] { color: var(--good); background: #e9f6ec; }
            mark.figure { background: var(--mark); padding: 0 1px; border-radius: 2px; cursor: help; }
            mark.figure:hover { outline: 1px solid var(--warn); }
            @media print {
              body { background: #fff; font-size: 10.5pt; }
              thead th { position: static; }
              .noprint { display: none !important; }
              tr, .page { break-inside: avoid; }
            }
            """.replace("%s", FONTS); // the one slot: the font list

    private Html() {
    }

    /** Text for an element's content or a quoted attribute value. */
    static String esc(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Escaped text with its line breaks as {@code <br>}. */
    static String lines(String text) {
        return esc(text).replace("\n", "<br>");
    }

    /** A whole page: no external resource of any kind, so it opens from a file with no network; no script when "". */
    static String page(String title, String css, String body, String script) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"jindu\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + BASE_CSS + css + "</style>\n</head>\n<body>\n"
                + body + (script.isEmpty() ? "" : "\n<script>\n" + script + "</script>") + "\n</body>\n</html>\n";
    }
}
