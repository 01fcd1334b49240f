package org.jindu.normalize;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jindu.model.SourceRef;

/**
 * Parses the 来源 cell: "（十政办发〔2021〕1号） 第12项" names document 十政办发〔2021〕1号 and item 12;
 * later rows that give only "第19项" refer to the last document named.
 */
public final class SourceRefs {

    /** Issuer, year in 〔〕 [] 【】 () （） or ［］, number, 号. */
    private static final Pattern DOCUMENT = Pattern.compile(
            "\\p{IsHan}+\\s*(?:〔\\s*\\d{4}\\s*〕|\\[\\s*\\d{4}\\s*]|【\\s*\\d{4}\\s*】|\\(\\s*\\d{4}\\s*\\)"
                    + "|（\\s*\\d{4}\\s*）|［\\s*\\d{4}\\s*］)\\s*\\d{1,4}\\s*号");
    private static final Pattern ITEM_DIGITS = Pattern.compile("第\\s*([0-9０-９]{1,4})\\s*[项条]");
    private static final Pattern ITEM_CHINESE = Pattern.compile("第\\s*([〇零一二两三四五六七八九十百千]{1,8})\\s*[项条]");
    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9０-９]{1,4}");
    private static final Pattern DECORATION = Pattern.compile("[\\s()（）\\[\\]【】［］〔〕,，、;；:：。.]+");

    private SourceRefs() {
    }

    /**
     * Parses a cleaned 来源 cell.
     *
     * @param raw the cell text, may be null
     * @param lastDocument the document named by the last row that named one, or null
     * @return the text (trimmed), the document found in the cell or else {@code lastDocument} marked
     *     inherited, and the item number or null; a blank cell gives {@code ("", null, null, false)}
     */
    public static SourceRef parse(String raw, String lastDocument) {
        if (raw == null || raw.isBlank())
            return new SourceRef("", null, null, false);
        String text = raw.strip();

        String document = null;
        String rest = text;
        Matcher d = DOCUMENT.matcher(text);
        if (d.find()) {
            document = d.group().replaceAll("\\s+", "");
            rest = text.substring(0, d.start()) + " " + text.substring(d.end());
        }

        Integer item = item(rest);

        if (document != null)
            return new SourceRef(text, document, item, false);
        if (lastDocument != null)
            return new SourceRef(text, lastDocument, item, true);
        return new SourceRef(text, null, item, false);
    }

    private static Integer item(String rest) {
        Matcher m = ITEM_DIGITS.matcher(rest);
        if (m.find())
            return Integer.valueOf(asciiDigits(m.group(1)));
        m = ITEM_CHINESE.matcher(rest);
        while (m.find()) {
            BigDecimal v = ChineseNumerals.parse(m.group(1));
            if (v != null && v.signum() > 0 && v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(100_000)) < 0)
                return v.intValueExact();
        }
        String bare = DECORATION.matcher(rest).replaceAll("");
        if (BARE_NUMBER.matcher(bare).matches())
            return Integer.valueOf(asciiDigits(bare));
        return null;
    }

    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray())
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        return b.toString();
    }
}
