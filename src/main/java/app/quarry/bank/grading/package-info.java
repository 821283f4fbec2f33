/**
 * Grading a learner's response against a question's answer key: lenient matching of typed
 * answers (case, punctuation, accents, date formats, number words, name variants, close
 * misspellings) and identity of a chosen option. Pure Java, shared by study and
 * classroom.
 */
@NullMarked
@NamedInterface("grading")
package app.quarry.bank.grading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
