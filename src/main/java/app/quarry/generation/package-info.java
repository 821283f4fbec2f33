/**
 * Question generation: turns the facts extracted from documents into questions in several
 * formats (multiple choice, typed, cloze, true/false, flashcard) with distractors,
 * accepted answers and stable ids. Pure Java: no Spring, no database, no clock. Depends
 * on corpus and on the bank's records (their plain values, not their services).
 *
 * <p>
 * The Spring shell that runs this core for documents teachers add from the web lives in
 * {@code generation.upload} (services, jobs in the database) and {@code generation.ui}
 * (the page); those may use the corpus, bank and account services.
 */
@NullMarked
package app.quarry.generation;

import org.jspecify.annotations.NullMarked;
