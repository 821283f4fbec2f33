/**
 * Classes, join codes, enrolments, assignments, attempts, grading and results for
 * teachers. The root holds the public API (services and records); {@code internal} holds
 * entities and repositories; {@code ui} the Vaadin views; {@code results} and
 * {@code moodle} are pure cores (item analysis, grade export, Moodle GIFT/XML) with no
 * Spring and no database. May depend on base, account, corpus and bank. It announces
 * closed attempts ({@link app.quarry.classroom.AttemptSubmitted}) and asks what it needs
 * of students' study through {@link app.quarry.classroom.StudyRecords}; srs listens and
 * answers, so classroom never calls srs.
 */
@NullMarked
package app.quarry.classroom;

import org.jspecify.annotations.NullMarked;
