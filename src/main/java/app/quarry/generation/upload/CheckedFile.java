package app.quarry.generation.upload;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file that passed the checks, with what the page proposes for it: a title
 * (its first heading or line, else its file name) and a date (its dateline or stamp, else
 * the latest full date it mentions; null when it has none).
 */
public record CheckedFile(String fileName, byte[] bytes, String title, @Nullable LocalDate date) {

}
