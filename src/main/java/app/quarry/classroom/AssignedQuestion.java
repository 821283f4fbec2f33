package app.quarry.classroom;

import org.jspecify.annotations.Nullable;

/**
 * One question of an assignment's pool, for its teacher.
 *
 * @param number 1-based place in the pool (the "Q3" of the results)
 * @param id the bank question id
 * @param current the question as it is now, or null when it is no longer approved (it is
 * then left out of attempts started from now on)
 */
public record AssignedQuestion(int number, String id, @Nullable QuizQuestion current) {

}
