package app.quarry.generation.upload;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document a teacher adds: the file's bytes as uploaded, the title and the document's
 * date (relative dates in it, such as "yesterday", are read against it; null leaves the
 * date to be found in the text).
 */
public record NewDocument(String fileName, byte[] bytes, String title, @Nullable LocalDate date) {

}
