package org.jindu.quantity;

import java.math.BigDecimal;
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
                out.set(k, p.withPartOf(j - 1));
                parts.add(p);
                k++;
            }
            check(total, parts, warnings);
            j = k;
        }
        for (Metric m : out) {
            boolean rate = m.subject() != null && (m.subject().contains("率") || "share".equals(m.category()));
            if (rate && ("%".equals(m.unit()) || "％".equals(m.unit())) && m.value().compareTo(BigDecimal.valueOf(100)) > 0)
                warnings.add(new Warning(Warning.RATE_ABOVE_100,
                        "a rate above 100%: \"" + m.text() + "\" (" + m.subject() + ")"));
        }
        return out;
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
