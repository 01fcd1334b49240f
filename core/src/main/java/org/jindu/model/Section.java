package org.jindu.model;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A numbered part of the report ("一、重点工作") and its records.
 *
 * @param number the section's number as written ("一"), or null for a table without a heading
 * @param title the heading without number and note ("重点工作"), or null
 * @param note a bracketed note after the heading ("刘市长督办"), or null
 * @param columns the table's header cells as written, whitespace-normalised, in column order
 * @param records the task records; empty when the section has none or says "无"
 */
public record Section(@Nullable String number, @Nullable String title, @Nullable String note, List<String> columns, List<TaskRecord> records) {
    public Section {
        columns = List.copyOf(columns);
        records = List.copyOf(records);
    }
}
