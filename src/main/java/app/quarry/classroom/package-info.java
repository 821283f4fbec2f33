/**
 * Classes, join codes, enrolments, assignments, attempts, grading and results for
 * teachers. The root holds the public API (services and records); {@code internal} holds
 * entities and repositories; {@code ui} the Vaadin views; {@code results} and
 * {@code moodle} are pure cores (item analysis, grade export, Moodle GIFT/XML) with no
 * Spring and no database. May depend on base, account, corpus, bank and srs.
 */
@NullMarked
package app.quarry.classroom;

import org.jspecify.annotations.NullMarked;
