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
		return find(new DocumentAnalysis(document, null));
	}

	/**
	 * The reference date of the analysed text; what the search learns of the text alone
	 * stays in the analysis for the extraction that follows.
	 */
	public static LocalDate find(DocumentAnalysis analysis) {
		DocumentText document = analysis.document();
		Matcher m = STAMP.matcher(document.text());
		if (hasIsoDate(document.text()) && m.find()) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			catch (java.time.DateTimeException ex) {
				// not a calendar date: look further
			}
		}
		LocalDate latest = null;
		for (Fact fact : DATES.find(analysis.inContext(new ExtractionContext(null, null)))) {
			if (fact instanceof DateFact date && date.value() != null && date.value().length() == 10) {
				LocalDate d = IsoDates.day(date.value());
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

	/**
	 * Whether the text holds a "2019-06-30" a stamp needs: most have none, and the stamp
	 * regex tried at every character was a third of finding a reference date.
	 */
	private static boolean hasIsoDate(String text) {
		for (int i = text.indexOf('-', 4); i >= 0 && i + 5 < text.length(); i = text.indexOf('-', i + 1)) {
			if (digits(text, i - 4, 4) && digits(text, i + 1, 2) && text.charAt(i + 3) == '-'
					&& digits(text, i + 4, 2)) {
				return true;
			}
		}
		return false;
	}

	private static boolean digits(String text, int from, int count) {
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
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
