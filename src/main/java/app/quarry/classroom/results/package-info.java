/**
 * Pure results core: the students-by-questions grid, per-question item analysis and the
 * grades CSV. Plain values in, plain values out; no Spring, no database, no clock.
 */
@NullMarked
package app.quarry.classroom.results;

import org.jspecify.annotations.NullMarked;
