package org.jindu.cli;

import java.time.Duration;
import org.jindu.read.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@link Limits} as options, shared by every command that reads documents. A value left out keeps
 * {@link Limits#DEFAULT}'s; {@code docs/limits.md} lists them all.
 */
final class LimitOptions {
    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest file read, in bytes (default 268435456).")
    Long maxBytes;

    @Option(names = "--max-pages", paramLabel = "N", description = "Most pages read from a PDF (default 5000).")
    Integer maxPages;

    @Option(names = "--max-cells", paramLabel = "N", description = "Most cells in one table (default 1000000).")
    Integer maxCells;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most table rows and paragraphs (text: lines) in one document (default 100000).")
    Integer maxRows;

    @Option(names = "--max-cell-chars", paramLabel = "N", description = "Most characters kept of one cell or paragraph (default 1000000).")
    Integer maxCellChars;

    @Option(names = "--max-path-segments", paramLabel = "N",
            description = "Most path segments drawn on one PDF page before its ruled tables are given up (default 2000000).")
    Integer maxPathSegments;

    @Option(names = "--max-rulings", paramLabel = "N",
            description = "Most distinct ruling lines on one PDF page before its ruled tables are given up (default 400).")
    Integer maxRulings;

    @Option(names = "--max-decompressed-bytes", paramLabel = "N",
            description = "Most bytes one compressed stream or archive entry may inflate to (default 1073741824).")
    Long maxDecompressedBytes;

    @Option(names = "--max-scratch-bytes", paramLabel = "N",
            description = "Most bytes of temporary files while reading one document (default 1073741824).")
    Long maxScratchBytes;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "Deepest nesting followed: PDF page trees, nested tables (default 200).")
    Integer maxDepth;

    @Option(names = "--time-budget", paramLabel = "SECONDS",
            description = "Longest one document may take to read, in seconds (default 300).")
    Long timeBudget;

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
