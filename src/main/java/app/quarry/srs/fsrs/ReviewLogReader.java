package app.quarry.srs.fsrs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the review-log CSV format of the py-fsrs test data:
 * {@code card_id,review_rating,review_time,review_duration}, one review a line, times in
 * ISO 8601 with an offset, durations in milliseconds (may be empty). Blank lines are
 * skipped. Reviews of one card must not go back in time.
 */
public final class ReviewLogReader {

	/** The required first line. */
	public static final String HEADER = "card_id,review_rating,review_time,review_duration";

	private ReviewLogReader() {
	}

	/**
	 * All reviews in file order.
	 * @throws ReviewLogException naming the first bad line
	 */
	public static List<ReviewRecord> read(Reader source) throws IOException {
		BufferedReader reader = new BufferedReader(source);
		String header = reader.readLine();
		if (header == null) {
			throw new ReviewLogException("line 1: the file is empty; expected the header " + HEADER);
		}
		if (header.startsWith("\uFEFF")) {
			header = header.substring(1);
		}
		if (!header.strip().equals(HEADER)) {
			throw new ReviewLogException("line 1: expected the header " + HEADER + ", found '" + shorten(header) + "'");
		}
		List<ReviewRecord> records = new ArrayList<>();
		Map<String, ReviewRecord> lastByCard = new HashMap<>();
		int number = 1;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			ReviewRecord record = parse(line, number);
			ReviewRecord previous = lastByCard.put(record.cardId(), record);
			if (previous != null && record.time().isBefore(previous.time())) {
				throw new ReviewLogException("line " + number + ": review_time " + record.time() + " of card "
						+ record.cardId() + " is before its previous review at " + previous.time() + " (line "
						+ previous.line() + ")");
			}
			records.add(record);
		}
		return records;
	}

	private static ReviewRecord parse(String line, int number) {
		String[] fields = line.split(",", -1);
		if (fields.length != 4) {
			throw new ReviewLogException("line " + number + ": expected 4 fields (" + HEADER + "), found "
					+ fields.length + ": '" + shorten(line) + "'");
		}
		String cardId = fields[0].strip();
		if (cardId.isEmpty()) {
			throw new ReviewLogException("line " + number + ": card_id is empty");
		}
		Rating rating;
		try {
			rating = Rating.of(Integer.parseInt(fields[1].strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new ReviewLogException("line " + number + ": unknown rating '" + shorten(fields[1].strip())
					+ "' (expected 1 Again, 2 Hard, 3 Good or 4 Easy)");
		}
		OffsetDateTime time;
		try {
			time = OffsetDateTime.parse(fields[2].strip());
		}
		catch (DateTimeParseException ex) {
			throw new ReviewLogException("line " + number + ": review_time '" + shorten(fields[2].strip())
					+ "' is not an ISO 8601 time with offset, such as 2024-03-29T20:32:32.250000+00:00");
		}
		Long duration = null;
		String durationText = fields[3].strip();
		if (!durationText.isEmpty()) {
			try {
				duration = Long.parseLong(durationText);
			}
			catch (NumberFormatException ex) {
				duration = -1L;
			}
			if (duration < 0) {
				throw new ReviewLogException("line " + number + ": review_duration '" + shorten(durationText)
						+ "' is not a whole number of milliseconds");
			}
		}
		return new ReviewRecord(cardId, rating, time.toInstant(), duration, number);
	}

	private static String shorten(String text) {
		return text.length() > 80 ? text.substring(0, 77) + "..." : text;
	}

}
