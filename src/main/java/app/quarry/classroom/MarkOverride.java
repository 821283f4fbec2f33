package app.quarry.classroom;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A teacher's change to the mark of one answer, as the record shows it.
 *
 * @param at when the mark was changed
 * @param teacher who changed it (display name)
 * @param from the mark before, 0..1, or null when the answer had none
 * @param to the mark after, 0..1
 * @param reason why, in the teacher's words
 */
public record MarkOverride(Instant at, String teacher, @Nullable Double from, double to, String reason) {

}
