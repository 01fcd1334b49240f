package org.jindu.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jindu.model.Metric;
import org.jindu.model.Warning;

/**
 * Links figures to each other and checks them: "共…168人，其中A 121人，B 40人，C 7人" makes the three parts
 * of the total and warns when they do not add up; a rate or share above 100% is warned about.
 */
final class Relations {
    private static final String SENTENCE_BREAK = "。；！？;!?\n";
    /** How far a written share may be from part / total, in percentage points: rounding to one decimal and a little more. */
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.1");

    private Relations() {
    }

    static List<Metric> link(String t, List<Metric> in, List<Warning> warnings) {
        List<Metric> out = new ArrayList<>(in);
        for (int j = 1; j < out.size(); j++) {
            Metric total = out.get(j - 1);
            Metric first = out.get(j);
            if (total.unit() == null || first.unit() == null || !total.unit().equals(first.unit())) continue;
            String between = t.substring(total.end(), first.start());
            if (!between.contains("其中") || breaks(between)) continue;
            int k = j;
            List<Metric> parts = new ArrayList<>();
            while (k < out.size()) {
                Metric p = out.get(k);
                if (!total.unit().equals(p.unit())) break;
                if (k > j && breaks(t.substring(out.get(k - 1).end(), p.start()))) break;
                Metric part = p.withPartOf(j - 1);
                if (part.category() == null && total.category() != null) // 其中省级2家: a part is of its total's kind
                    part = part.withSubject(part.subject(), total.category());
                out.set(k, part);
                parts.add(p);
                k++;
            }
            check(total, parts, warnings);
            j = k;
        }
        shares(t, out, warnings);
        for (Metric m : out) {
            boolean rate = m.subject() != null && (m.subject().contains("率") || "share".equals(m.category()));
            if (rate && ("%".equals(m.unit()) || "％".equals(m.unit())) && m.value().compareTo(BigDecimal.valueOf(100)) > 0)
                warnings.add(new Warning(Warning.RATE_ABOVE_100,
                        "a rate above 100%: \"" + m.text() + "\" (" + m.subject() + ")"));
        }
        return out;
    }

    /**
     * "共有学校1019所，其中…694所，占总数的68.1%": the share of a part whose total is a figure gets the
     * total's index as {@code partOf}, and a warning when part / total is not the share written.
     */
    private static void shares(String t, List<Metric> out, List<Warning> warnings) {
        for (int j = 1; j < out.size(); j++) {
            Metric share = out.get(j);
            Metric part = out.get(j - 1);
            if (!isPercent(share) || share.partOf() != null || isPercent(part) || part.partOf() == null) continue;
            String between = t.substring(part.end(), share.start());
            if (!between.contains("占") || breaks(between)) continue;
            Metric whole = out.get(part.partOf());
            out.set(j, share.withPartOf(part.partOf()));
            if (whole.value().signum() == 0 || share.qualifier() != null || part.qualifier() != null
                    || whole.qualifier() != null)
                continue;
            BigDecimal ratio = part.value().multiply(BigDecimal.valueOf(100)).divide(whole.value(), MathContext.DECIMAL64);
            if (ratio.subtract(share.value()).abs().compareTo(SHARE_TOLERANCE) > 0)
                warnings.add(new Warning(Warning.SHARE_DOES_NOT_MATCH,
                        "\"" + share.text() + "\" does not match " + part.value().toPlainString() + " of "
                                + whole.value().toPlainString() + " (" + ratio.setScale(2, RoundingMode.HALF_UP)
                                .toPlainString() + "%)"));
        }
    }

    private static boolean isPercent(Metric m) {
        return "%".equals(m.unit()) || "％".equals(m.unit());
    }

    private static boolean breaks(String s) {
        for (int i = 0; i < s.length(); i++) if (SENTENCE_BREAK.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }

    private static void check(Metric total, List<Metric> parts, List<Warning> warnings) {
        if (total.qualifier() != null || total.valueTo() != null) return;
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder terms = new StringBuilder();
        for (Metric p : parts) {
            if (p.qualifier() != null || p.valueTo() != null) return;
            sum = sum.add(p.value());
            if (terms.length() > 0) terms.append(" + ");
            terms.append(p.value().toPlainString());
        }
        boolean bad = parts.size() == 1 ? sum.compareTo(total.value()) > 0 : sum.compareTo(total.value()) != 0;
        if (bad)
            warnings.add(new Warning(Warning.PARTS_DO_NOT_ADD_UP,
                    "the parts of \"" + total.text() + "\"" + (total.subject() == null ? "" : " (" + total.subject() + ")")
                            + " do not add up: " + terms + " = " + sum.toPlainString() + ", not "
                            + total.value().toPlainString()));
    }
}
