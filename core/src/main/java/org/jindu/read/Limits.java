package org.jindu.read;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a document jindu will read before it stops: bounds that keep one hostile or broken
 * file from taking the memory or the time of a whole run. A document over a limit fails with
 * {@link DocumentTooLargeException} ({@code TOO_LARGE}) or, where the rest can still be read, gives
 * a warning naming the limit.
 *
 * <pre>{@code
 * JinduParser parser = JinduParser.builder()
 *         .limits(Limits.DEFAULT.withMaxPages(200).withTimeBudget(Duration.ofSeconds(30)))
 *         .build();
 * }</pre>
 *
 * <p>Every limit, its default and its CLI flag are listed in {@code docs/limits.md}.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxPages the most pages read from a paged document
 * @param maxCellsPerTable the most cells one table may have (column spans are clamped to the grid)
 * @param maxRows the most rows in one document
 * @param maxCellChars the most characters kept from one cell or paragraph
 * @param maxPathSegmentsPerPage the most path segments looked at on one page; past it the page is read
 *     without ruled tables
 * @param maxRulingsPerPage the most ruling lines used on one page; past it the page is read without
 *     ruled tables
 * @param maxDecompressedBytes the most bytes a compressed stream or archive entry may inflate to
 * @param maxScratchBytes the most bytes of temporary files a reader may write
 * @param maxDepth the deepest nesting followed (page trees, nested tables, XML elements)
 * @param timeBudget the longest a document may take to read
 */
public record Limits(
        long maxBytes,
        int maxPages,
        int maxCellsPerTable,
        int maxRows,
        int maxCellChars,
        int maxPathSegmentsPerPage,
        int maxRulingsPerPage,
        long maxDecompressedBytes,
        long maxScratchBytes,
        int maxDepth,
        Duration timeBudget) {

    /** The limits {@link Jindu#parse} uses: generous for any real report, tight for a bomb. */
    public static final Limits DEFAULT = new Limits(
            256L << 20, 5_000, 1_000_000, 1_000_000, 1_000_000, 2_000_000, 4_000, 1L << 30, 1L << 30, 200,
            Duration.ofMinutes(5));

    public Limits {
        positive(maxBytes, "maxBytes");
        positive(maxPages, "maxPages");
        positive(maxCellsPerTable, "maxCellsPerTable");
        positive(maxRows, "maxRows");
        positive(maxCellChars, "maxCellChars");
        positive(maxPathSegmentsPerPage, "maxPathSegmentsPerPage");
        positive(maxRulingsPerPage, "maxRulingsPerPage");
        positive(maxDecompressedBytes, "maxDecompressedBytes");
        positive(maxScratchBytes, "maxScratchBytes");
        positive(maxDepth, "maxDepth");
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative() || timeBudget.isZero())
            throw new IllegalArgumentException("timeBudget must be positive: " + timeBudget);
    }

    private static void positive(long value, String name) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive: " + value);
    }

    public Limits withMaxBytes(long v) {
        return new Limits(v, maxPages, maxCellsPerTable, maxRows, maxCellChars, maxPathSegmentsPerPage,
                maxRulingsPerPage, maxDecompressedBytes, maxScratchBytes, maxDepth, timeBudget);
    }

    public Limits withMaxPages(int v) {
        return new Limits(maxBytes, v, maxCellsPerTable, maxRows, maxCellChars, maxPathSegmentsPerPage,
                maxRulingsPerPage, maxDecompressedBytes, maxScratchBytes, maxDepth, timeBudget);
    }

    public Limits withMaxCellsPerTable(int v) {
        return new Limits(maxBytes, maxPages, v, maxRows, maxCellChars, maxPathSegmentsPerPage,
                maxRulingsPerPage, maxDecompressedBytes, maxScratchBytes, maxDepth, timeBudget);
    }

    public Limits withMaxRows(int v) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, v, maxCellChars, maxPathSegmentsPerPage,
                maxRulingsPerPage, maxDecompressedBytes, maxScratchBytes, maxDepth, timeBudget);
    }

    public Limits withMaxCellChars(int v) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxRows, v, maxPathSegmentsPerPage,
                maxRulingsPerPage, maxDecompressedBytes, maxScratchBytes, maxDepth, timeBudget);
    }

    public Limits withMaxPathSegmentsPerPage(int v) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxRows, maxCellChars, v,
                maxRulingsPerPage, maxDecompressedBytes, maxScratchBytes, maxDepth, timeBudget);
    }

    public Limits withMaxRulingsPerPage(int v) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxRows, maxCellChars, maxPathSegmentsPerPage,
                v, maxDecompressedBytes, maxScratchBytes, maxDepth, timeBudget);
    }

    public Limits withMaxDecompressedBytes(long v) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxRows, maxCellChars, maxPathSegmentsPerPage,
                maxRulingsPerPage, v, maxScratchBytes, maxDepth, timeBudget);
    }

    public Limits withMaxScratchBytes(long v) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxRows, maxCellChars, maxPathSegmentsPerPage,
                maxRulingsPerPage, maxDecompressedBytes, v, maxDepth, timeBudget);
    }

    public Limits withMaxDepth(int v) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxRows, maxCellChars, maxPathSegmentsPerPage,
                maxRulingsPerPage, maxDecompressedBytes, maxScratchBytes, v, timeBudget);
    }

    public Limits withTimeBudget(Duration v) {
        return new Limits(maxBytes, maxPages, maxCellsPerTable, maxRows, maxCellChars, maxPathSegmentsPerPage,
                maxRulingsPerPage, maxDecompressedBytes, maxScratchBytes, maxDepth, v);
    }
}
