package org.jindu.cli.html;

import java.util.ArrayList;
import java.util.List;
import org.jindu.layout.Cell;
import org.jindu.layout.Row;
import org.jindu.layout.Table;
import org.jindu.layout.Tables;

/**
 * {@code jindu tables --format html}: one self-contained page with every table as an HTML table, merged
 * cells as {@code colspan} and {@code rowspan}, the caption and unit as {@code <caption>}. All text is
 * escaped; the page loads nothing.
 */
public final class TablesPage {
    private static final String CSS = """
            main { padding: 12px 20px; }
            section.table { margin: 0 0 28px; }
            section.table table { width: auto; max-width: 100%; }
            caption { caption-side: top; text-align: left; padding: 0 0 6px; }
            caption .title { font-weight: 600; font-size: 15px; }
            caption .unit, caption .where { color: var(--muted); font-size: 13px; margin-left: .8em; }
            td.empty { background: #fafbfc; }
            """;

    private TablesPage() {
    }

    /** The page for the tables of {@code file}, numbered from 1 in the order given. */
    public static String html(String file, List<Table> tables) {
        StringBuilder body = new StringBuilder();
        body.append("<header class=\"top\"><h1>").append(Html.esc(file)).append("</h1><div class=\"meta\"><span>")
                .append(tables.size()).append(tables.size() == 1 ? " table" : " tables").append("</span></div></header>\n<main>\n");
        int n = 0;
        for (Table t : tables) table(body, ++n, t);
        body.append("</main>");
        return Html.page("jindu tables: " + file, CSS, body.toString(), "");
    }

    private static void table(StringBuilder out, int number, Table t) {
        out.append("<section class=\"table\" id=\"table-").append(number).append("\">\n<table>\n<caption>");
        if (t.caption() != null) out.append("<span class=\"title\">").append(Html.esc(t.caption())).append("</span>");
        if (t.unit() != null) out.append("<span class=\"unit\">单位：").append(Html.esc(t.unit())).append("</span>");
        out.append("<span class=\"where\">table ").append(number).append(pages(Tables.pages(t))).append("</span></caption>\n");
        for (List<Placed> row : layout(t)) {
            out.append("<tr>");
            for (Placed p : row) {
                if (p.covered) continue;
                out.append("<td");
                if (p.cell.colSpan() > 1) out.append(" colspan=\"").append(p.cell.colSpan()).append('"');
                if (p.rowSpan > 1) out.append(" rowspan=\"").append(p.rowSpan).append('"');
                String text = p.cell.mergedAbove() ? "" : p.cell.text();
                if (text.isBlank()) out.append(" class=\"empty\"");
                out.append('>').append(Html.lines(text)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n</section>\n");
    }

    /** ", page 3", ", pages 3-4", or nothing when the format has no pages. */
    static String pages(List<Integer> pages) {
        if (pages.isEmpty()) return "";
        int first = pages.get(0);
        int last = pages.get(pages.size() - 1);
        return first == last ? ", page " + first : ", pages " + first + "-" + last;
    }

    /** A cell at its grid column, with the rows it spans, or covered by the cell it continues. */
    private static final class Placed {
        final Cell cell;
        int rowSpan = 1;
        boolean covered;

        Placed(Cell cell) {
            this.cell = cell;
        }
    }

    /**
     * The rows with their cells placed: a cell merged down from above ({@link Cell#mergedAbove()}) that
     * starts in the same grid column and spans as many columns as the cell above it adds a row to that
     * cell's {@code rowspan} and is not printed; one that does not match stays as an empty cell.
     */
    private static List<List<Placed>> layout(Table t) {
        List<List<Placed>> out = new ArrayList<>();
        List<Placed> open = new ArrayList<>(); // by grid column: the cell that starts there in the row above
        for (Row r : t.rows()) {
            List<Placed> row = new ArrayList<>();
            int column = 0;
            for (Cell c : r.cells()) {
                Placed p = new Placed(c);
                Placed above = column < open.size() ? open.get(column) : null;
                if (c.mergedAbove() && above != null && above.cell.colSpan() == c.colSpan()) {
                    above.rowSpan++;
                    p.covered = true;
                } else {
                    above = p;
                }
                while (open.size() < column + c.colSpan()) open.add(null);
                for (int i = column; i < column + c.colSpan(); i++) open.set(i, i == column ? above : null);
                row.add(p);
                column += c.colSpan();
            }
            for (int i = column; i < open.size(); i++) open.set(i, null);
            out.add(row);
        }
        return out;
    }
}
