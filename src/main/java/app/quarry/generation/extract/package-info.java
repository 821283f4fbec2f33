/**
 * Fact extraction: finders for dates, durations, times, counts, letters (and quotes and
 * people) that read a {@link app.quarry.corpus.DocumentText} and return facts with
 * offsets into its stored text. Pure Java: no Spring, no database, no clock; the
 * reference date comes from the document or the caller.
 */
@NullMarked
@NamedInterface("extract")
package app.quarry.generation.extract;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
