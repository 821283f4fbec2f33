/**
 * A learner's own decks: documents they add (generated into private drafts they review),
 * cards they write by hand (front/back or cloze), and decks they import from or export to
 * Anki, Quizlet and CSV. Nobody but the owner sees a private deck. The exchange formats
 * are pure core in {@code exchange}; the page is in {@code ui}.
 *
 * <p>
 * May depend on {@code base}, {@code account}, {@code corpus}, {@code bank},
 * {@code generation} and {@code srs}.
 */
@NullMarked
package app.quarry.decks;

import org.jspecify.annotations.NullMarked;
