package org.jindu.model;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * One progress report: where it came from, what it is, and its sections of task records.
 *
 * <pre>{@code
 * Report report = Jindu.parse(Path.of("report.pdf"));
 * for (Section s : report.sections())
 *     for (TaskRecord r : s.records())
 *         System.out.println(r.seq() + " " + r.source().item() + " " + r.progress());
 * }</pre>
 *
 * <p>Instances are immutable. Nothing in a report is ever dropped silently: what the assembler could
 * not place shows up in {@link #warnings()}.
 *
 * @param schemaVersion the version of the JSON schema this report follows, {@value #SCHEMA_VERSION}
 * @param document the file it was read from
 * @param title the title line, whitespace-normalised, or null when none was found
 * @param organization the reporting body named in the title ("市教育局"), or null
 * @param year the year the report covers, or null
 * @param period the months the report covers, or null
 * @param sections the sections in document order
 * @param warnings what was odd or could not be placed, in document order
 */
public record Report(
        int schemaVersion,
        DocumentInfo document,
        @Nullable String title,
        @Nullable String organization,
        @Nullable Integer year,
        @Nullable Period period,
        List<Section> sections,
        List<Warning> warnings) {

    /** The version of the JSON schema described in {@code docs/schema.md}. */
    public static final int SCHEMA_VERSION = 1;

    public Report {
        Objects.requireNonNull(document, "document");
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** All records of all sections, in document order. */
    public List<TaskRecord> records() {
        return sections.stream().flatMap(s -> s.records().stream()).toList();
    }

    /** This report with other warnings. */
    public Report withWarnings(List<Warning> newWarnings) {
        return new Report(schemaVersion, document, title, organization, year, period, sections, newWarnings);
    }
}
