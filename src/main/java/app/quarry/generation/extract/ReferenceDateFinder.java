package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * The date a document speaks from: a "Posted on", "Published" or "Updated" stamp (found
 * in the stored text, since the stamp itself is masked as residue); else a line near the
 * top that is only a date (a letter's date line); else the latest full date the text
 * mentions; null if none.
 */
public final class ReferenceDateFinder {

	private static final Pattern STAMP = Pattern
		.compile("(?i)\\b(?:posted|published|updated|date)(?: on)?\\s*:?\\s*(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final DateFinder DATES = new DateFinder();

	private ReferenceDateFinder() {
	}

	public static LocalDate find(DocumentText document) {
		Matcher m = STAMP.matcher(document.text());
		if (m.find()) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			catch (java.time.DateTimeException ex) {
				// not a calendar date: look further
			}
		}
		LocalDate latest = null;
		for (Fact fact : DATES.find(document, new ExtractionContext(null, null))) {
			if (fact instanceof DateFact date && date.value() != null && date.value().length() == 10) {
				LocalDate d = LocalDate.parse(date.value());
				if (date.start() < 1500 && isAlone(document, date)) {
					return d;
				}
				if (latest == null || d.isAfter(latest)) {
					latest = d;
				}
			}
		}
		return latest;
	}

	/** Whether a date stands alone on its line, as a letter's date line does. */
	private static boolean isAlone(DocumentText document, DateFact date) {
		String clean = document.cleanText();
		int a = clean.lastIndexOf('\n', date.start() - 1) + 1;
		int b = clean.indexOf('\n', date.end());
		if (b < 0) {
			b = clean.length();
		}
		return clean.substring(a, date.start()).isBlank() && clean.substring(date.end(), b).isBlank();
	}

}
