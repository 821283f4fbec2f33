/**
 * Study sessions for a learner: picks due cards from the bank through srs, shows them in
 * their format, grades answers, suggests a rating, and records every answer before the
 * next card is shown. Depends on bank and srs; {@code ui} holds the study, dashboard and
 * settings views.
 */
@NullMarked
package app.quarry.study;

import org.jspecify.annotations.NullMarked;
