package app.quarry.srs.fsrs;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shared real Anki review log (12,580 reviews of 1,205 cards) from the test
 * resources.
 */
final class JoshLog {

	private static List<ReviewRecord> records;

	private JoshLog() {
	}

	static synchronized List<ReviewRecord> records() {
		if (records == null) {
			try (var in = JoshLog.class.getResourceAsStream("/fsrs/review_logs_josh.csv")) {
				records = ReviewLogReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return records;
	}

}
