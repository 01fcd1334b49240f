package org.jindu.timeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a progress text says the work is done: {@code 完成} (which covers 已完成, 全面完成, 全部完成)
 * unless negated or pending just before it (未完成, 尚未全部完成, 没有完成, 待完成, 无法完成, 难以完成,
 * 不能完成) or naming a
 * measure right after it (完成率, 完成情况, 完成时限, 完成进度, 完成时间).
 */
public final class Completion {
    private static final Pattern DONE = Pattern.compile("完成");
    private static final String[] NEGATED = {"未", "没", "没有", "待", "无法", "难以", "不能"};
    private static final String[] MEASURES = {"率", "情况", "时限", "进度", "时间"};

    private Completion() {
    }

    /** True when {@code text} says something was completed. */
    public static boolean says(String text) {
        if (text == null) return false;
        Matcher m = DONE.matcher(text);
        while (m.find()) {
            int before = m.start() - 1;
            while (before >= 0 && (text.charAt(before) == '全' || text.charAt(before) == '部' || text.charAt(before) == '面'
                    || text.charAt(before) == '已' || Character.isWhitespace(text.charAt(before)))) before--;
            String head = text.substring(0, before + 1);
            boolean negated = false;
            for (String n : NEGATED) negated |= head.endsWith(n);
            if (negated) continue;
            String after = text.substring(m.end());
            boolean measure = false;
            for (String s : MEASURES) measure |= after.startsWith(s);
            if (!measure) return true;
        }
        return false;
    }
}
