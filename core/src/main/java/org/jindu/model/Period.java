package org.jindu.model;

/**
 * The months a report covers: "1-9月份" is 1 to 9, "全年" 1 to 12, "上半年" 1 to 6.
 *
 * @param fromMonth first month, 1 to 12
 * @param toMonth last month, 1 to 12, not before {@code fromMonth}
 */
public record Period(int fromMonth, int toMonth) {
    public Period {
        if (fromMonth < 1 || fromMonth > 12 || toMonth < fromMonth || toMonth > 12)
            throw new IllegalArgumentException("not a period of months: " + fromMonth + "-" + toMonth);
    }
}
