package org.jindu.timeline;

/** What changed in a task from one period to the next. See {@code docs/timeline.md}. */
public enum Flag {
    /** The task is in this period's report and in none before it (never set in the first period). */
    NEW,
    /** The task was in the previous period's report and is not in this one. */
    DROPPED,
    /** The progress text is the same as the previous period's, or nearly ({@link Similarity#UNCHANGED}). */
    UNCHANGED,
    /** A cumulative figure is lower than in the previous period. */
    DECREASED,
    /** The progress text says the work is done (完成, 已完成, 全面完成) where the previous period's did not. */
    COMPLETED
}
