/**
 * Spaced repetition for learners: cards (learner x question), the append-only review log,
 * per-learner settings, statistics and the personal optimizer. The FSRS-6 core lives in
 * {@code fsrs} (pure Java); entities and repositories in {@code internal}. Depends on
 * bank only through question ids passed in by callers, and on classroom for the graded
 * answers of submitted attempts, which it records as reviews, and for the questions
 * classroom asks about students' study.
 */
@NullMarked
package app.quarry.srs;

import org.jspecify.annotations.NullMarked;
