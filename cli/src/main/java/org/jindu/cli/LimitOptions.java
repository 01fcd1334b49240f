package org.jindu.cli;

import java.time.Duration;
import org.jindu.read.Limits;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@link Limits} as options, shared by every command that reads documents. A value left out keeps
 * {@link Limits#DEFAULT}'s; {@code docs/limits.md} lists them all.
 */
final class LimitOptions {
    Long maxBytes;
    Integer maxPages;
    Integer maxCells;
    Integer maxRows;
    Integer maxCellChars;
    Integer maxPathSegments;
    Integer maxRulings;
    Long maxDecompressedBytes;
    Long maxScratchBytes;
    Integer maxDepth;
    Long timeBudget;

    /** These options as the group a command adds, under their own heading in its help. */
    ArgGroupSpec group() {
        return ArgGroupSpec.builder().exclusive(false).heading("%nLimits (docs/limits.md):%n")
                .addArg(option(Long.class, () -> maxBytes, v -> maxBytes = v, "--max-bytes", "N",
                        "Largest file read, in bytes (default 268435456)."))
                .addArg(option(Integer.class, () -> maxPages, v -> maxPages = v, "--max-pages", "N",
                        "Most pages read from a PDF (default 5000)."))
                .addArg(option(Integer.class, () -> maxCells, v -> maxCells = v, "--max-cells", "N",
                        "Most cells in one table (default 1000000)."))
                .addArg(option(Integer.class, () -> maxRows, v -> maxRows = v, "--max-rows", "N",
                        "Most table rows and paragraphs (text: lines) in one document (default 100000)."))
                .addArg(option(Integer.class, () -> maxCellChars, v -> maxCellChars = v, "--max-cell-chars", "N",
                        "Most characters kept of one cell or paragraph (default 1000000)."))
                .addArg(option(Integer.class, () -> maxPathSegments, v -> maxPathSegments = v, "--max-path-segments", "N",
                        "Most path segments drawn on one PDF page before its ruled tables are given up (default 2000000)."))
                .addArg(option(Integer.class, () -> maxRulings, v -> maxRulings = v, "--max-rulings", "N",
                        "Most distinct ruling lines on one PDF page before its ruled tables are given up (default 400)."))
                .addArg(option(Long.class, () -> maxDecompressedBytes, v -> maxDecompressedBytes = v,
                        "--max-decompressed-bytes", "N",
                        "Most bytes one compressed stream or archive entry may inflate to (default 1073741824)."))
                .addArg(option(Long.class, () -> maxScratchBytes, v -> maxScratchBytes = v, "--max-scratch-bytes", "N",
                        "Most bytes of temporary files while reading one document (default 1073741824)."))
                .addArg(option(Integer.class, () -> maxDepth, v -> maxDepth = v, "--max-depth", "N",
                        "Deepest nesting followed: PDF page trees, nested tables (default 200)."))
                .addArg(option(Long.class, () -> timeBudget, v -> timeBudget = v, "--time-budget", "SECONDS",
                        "Longest one document may take to read, in seconds (default 300)."))
                .build();
    }

    private static <V> OptionSpec option(
            Class<V> type, Supplier<V> get, Consumer<V> set, String name, String label, String description) {
        return Specs.option(type, get, set, name).paramLabel(label).description(description).build();
    }

    /**
     * The limits these options give, on top of the defaults; a value that is not positive is a usage
     * error of {@code command}.
     */
    Limits limits(CommandSpec command) {
        try {
            return limits();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "a limit must be positive: " + e.getMessage());
        }
    }

    /** The limits these options give, on top of the defaults. */
    Limits limits() {
        Limits l = Limits.DEFAULT;
        if (maxBytes != null) l = l.withMaxBytes(maxBytes);
        if (maxPages != null) l = l.withMaxPages(maxPages);
        if (maxCells != null) l = l.withMaxCellsPerTable(maxCells);
        if (maxRows != null) l = l.withMaxRows(maxRows);
        if (maxCellChars != null) l = l.withMaxCellChars(maxCellChars);
        if (maxPathSegments != null) l = l.withMaxPathSegmentsPerPage(maxPathSegments);
        if (maxRulings != null) l = l.withMaxRulingsPerPage(maxRulings);
        if (maxDecompressedBytes != null) l = l.withMaxDecompressedBytes(maxDecompressedBytes);
        if (maxScratchBytes != null) l = l.withMaxScratchBytes(maxScratchBytes);
        if (maxDepth != null) l = l.withMaxDepth(maxDepth);
        if (timeBudget != null) l = l.withTimeBudget(Duration.ofSeconds(timeBudget));
        return l;
    }
}
