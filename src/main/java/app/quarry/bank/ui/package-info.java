/**
 * The bank's pages: the question list, a question's detail and a document at a sentence.
 */
@NullMarked
package app.quarry.bank.ui;

import org.jspecify.annotations.NullMarked;
