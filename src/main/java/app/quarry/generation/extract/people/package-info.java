/**
 * Who said what and who is who: quotations with their speakers
 * ({@link app.quarry.generation.extract.people.QuoteExtractor}), people with their roles
 * ({@link app.quarry.generation.extract.people.PersonExtractor}) and one canonical name
 * per person across documents
 * ({@link app.quarry.generation.extract.people.PersonDirectory}). Pure Java: rules over a
 * hand-made tokenizer, with OpenNLP's part-of-speech model consulted only for capitalized
 * words at sentence starts. Depends on the corpus text types and the extraction fact
 * types only.
 */
@NullMarked
package app.quarry.generation.extract.people;

import org.jspecify.annotations.NullMarked;
