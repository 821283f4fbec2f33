/**
 * The pages of a learner's own decks: the list with adding, importing and new decks, and
 * one deck with its cards to review, edit and export. Views are package-private and reach
 * only {@link app.quarry.decks.DeckService}.
 */
@NullMarked
package app.quarry.decks.ui;

import org.jspecify.annotations.NullMarked;
