/**
 * Question generation: turns the facts extracted from documents (dates, counts, quotes
 * and speakers, people, letters) into questions in several formats (multiple choice,
 * typed, cloze, true/false, flashcard) with distractors, accepted answers and stable ids.
 * Pure Java throughout: no Spring, no database, no clock of its own, so the command line
 * runs it without starting the app.
 *
 * <p>
 * May depend on {@code base}, {@code account}, {@code corpus} and {@code bank} (their
 * plain values, not their services).
 */
@NullMarked
package app.quarry.generation;

import org.jspecify.annotations.NullMarked;
