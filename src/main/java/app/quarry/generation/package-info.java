/**
 * Question generation: turns the facts extracted from documents into questions in several
 * formats (multiple choice, typed, cloze, true/false, flashcard) with distractors,
 * accepted answers and stable ids. Pure Java: no Spring, no database, no clock. Depends
 * on corpus and on the bank's records.
 */
@NullMarked
package app.quarry.generation;

import org.jspecify.annotations.NullMarked;
