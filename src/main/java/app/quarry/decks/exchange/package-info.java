/**
 * Deck exchange with the tools learners come from, as plain Java: cards as portable
 * values, cloze deletions, CSV with a header row, Quizlet's export text and Anki's
 * {@code .apkg} package. No Spring, JPA or Vaadin here (the architecture test checks the
 * {@link app.quarry.base.PureCore} classes), so each format is tested on its own.
 */
@NullMarked
package app.quarry.decks.exchange;

import org.jspecify.annotations.NullMarked;
