/**
 * A task's progress across periods: {@link org.jindu.timeline.Timelines#link} orders the reports of one
 * organization and year by period, links each task across them and flags what changed.
 *
 * <pre>{@code
 * List<Report> reports = List.of(Jindu.parse(q1), Jindu.parse(h1), Jindu.parse(m9), Jindu.parse(year));
 * for (Timeline t : Timelines.link(reports))
 *     for (TaskTimeline task : t.tasks())
 *         System.out.println(task.item() + " " + task.periods().get(1).flags());
 * }</pre>
 *
 * <p>Depends on the model only: it works on reports however they were read, also on reports read back
 * from JSON.
 */
package org.jindu.timeline;
