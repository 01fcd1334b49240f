package org.jindu.model;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the report's table: a task and how far it has come. A row that the document split across
 * pages is one record.
 *
 * @param seq the 序号 as written ("1"), or null when the table has no such column
 * @param source the 来源 cell parsed into document and item, or null when the table has no such column
 * @param content the task (工作内容 and its synonyms)
 * @param departments the responsible units in order, names and phone numbers taken out
 * @param contacts people named in the department cells with their phone numbers
 * @param progress the progress text, cleaned; paragraph breaks are "\n"
 * @param progressItems the progress split into its numbered points and paragraphs
 * @param metrics the figures found in {@code progress}, offsets into it
 * @param extra the other columns, by their header text, in column order
 * @param location where the record stands in the document
 * @param confidence for text read by OCR: per field ({@code seq}, {@code source}, {@code content},
 *     {@code departments}, {@code progress}, and each extra column by its header) the lowest
 *     confidence of the cells it came from (a cell's is the mean of its characters', 0 to 1); empty
 *     when nothing was read by OCR
 */
public record TaskRecord(
        @Nullable String seq,
        @Nullable SourceRef source,
        String content,
        List<String> departments,
        List<Contact> contacts,
        String progress,
        List<String> progressItems,
        List<Metric> metrics,
        Map<String, String> extra,
        Location location,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Float> confidence) {

    public TaskRecord {
        departments = List.copyOf(departments);
        contacts = List.copyOf(contacts);
        progressItems = List.copyOf(progressItems);
        metrics = List.copyOf(metrics);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        Objects.requireNonNull(location, "location");
        confidence = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(confidence == null ? Map.of() : confidence));
    }

    /** A record whose text the document held as text (no OCR). */
    public TaskRecord(String seq, SourceRef source, String content, List<String> departments, List<Contact> contacts,
            String progress, List<String> progressItems, List<Metric> metrics, Map<String, String> extra,
            Location location) {
        this(seq, source, content, departments, contacts, progress, progressItems, metrics, extra, location, Map.of());
    }

    /** This record with other metrics. */
    public TaskRecord withMetrics(List<Metric> newMetrics) {
        return new TaskRecord(seq, source, content, departments, contacts, progress, progressItems,
                newMetrics, extra, location, confidence);
    }
}
