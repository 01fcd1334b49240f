package org.jindu.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Punctuation hanging past the text edge. WPS and Word let a line-final "，", "。" or "、" stand past
 * the right edge of the text, beyond a cell's right rule or the page's margin; by its centre such a
 * glyph belongs to the next cell, or to no table at all. A closing punctuation mark set right after a
 * glyph on the same baseline is placed where that glyph is, so that it joins its line; one set a space
 * apart (a stray {@code .} beside a table's number) is placed by its own centre.
 */
final class Hanging {
    /** Marks that close a run of text and may hang: they never start a line. */
    private static final String CLOSING = "，。、；：！？）」』”’》〉】〕,.;:!?)…";
    /** Closer than this (in em) to the glyph before, a mark belongs to it. */
    private static final float GAP = 0.5f;
    /** A gap wider than this (in em) is a space, as {@link TextLines} reads it. */
    private static final float SPACE = 0.2f;

    private final Map<Glyph, Glyph> anchors = new IdentityHashMap<>();

    private Hanging() {
    }

    /** The glyphs' placements: each closing mark that follows a glyph closely is anchored to it. */
    static Hanging of(List<Glyph> glyphs) {
        Hanging h = new Hanging();
        List<Glyph> sorted = new ArrayList<>();
        for (Glyph g : glyphs) if (!g.isSpace()) sorted.add(g);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        // runs of one baseline, left to right
        List<Glyph> line = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.baseline() - line.get(0).baseline()) > 0.2f * g.em()) {
                h.anchor(line);
                line.clear();
            }
            line.add(g);
        }
        h.anchor(line);
        return h;
    }

    private void anchor(List<Glyph> line) {
        line.sort(Comparator.comparingDouble(Glyph::x));
        for (int i = 1; i < line.size(); i++) {
            Glyph g = line.get(i);
            Glyph before = line.get(i - 1);
            if (!isClosing(g)) continue;
            float gap = g.x() - before.right();
            if (gap > GAP * g.em() || gap < -GAP * g.em()) continue;
            // after a space (wider than a fifth of an em and than the spacing of the glyphs before, which
            // justified text widens) a mark closes nothing: a stray mark beside a table stays apart
            float spacing = i >= 2 ? before.x() - line.get(i - 2).right() : 0;
            if (gap > SPACE * g.em() && gap > spacing + SPACE / 4 * g.em()) continue;
            anchors.put(g, anchors.getOrDefault(before, before));
        }
    }

    private static boolean isClosing(Glyph g) {
        String t = g.text();
        return t.length() == 1 && CLOSING.indexOf(t.charAt(0)) >= 0;
    }

    /** The x that decides a glyph's table and cell: its centre, or its anchor's for a hanging mark. */
    float x(Glyph g) {
        Glyph a = anchors.get(g);
        return a == null ? g.centerX() : a.centerX();
    }
}
