package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.List;
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

	/** How near the top a date line stands: it begins within these characters. */
	static final int DATE_LINE_BEFORE = 1500;

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
		DocumentAnalysis undated = analysis.inContext(new ExtractionContext(null, null));
		DateLineSearch search = new DateLineSearch(document.cleanText());
		List<Fact> facts = DateFinder.run(undated).until(search::stopAfter);
		if (search.stoppedEarly()) {
			LocalDate line = firstAlone(document, facts, search.lineEnd());
			if (line != null) {
				return line;
			}
			// no date line after all: every date of the text is wanted
			facts = DateFinder.run(undated).all();
		}
		LocalDate latest = null;
		for (Fact fact : facts) {
			if (fact instanceof DateFact date && date.value() != null && date.value().length() == 10) {
				LocalDate d = IsoDates.day(date.value());
				if (date.start() < DATE_LINE_BEFORE && isAlone(document, date)) {
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
	 * The day of the first date of {@code facts} that stands alone on its line near the
	 * top and ends by {@code end}, or null.
	 */
	private static LocalDate firstAlone(DocumentText document, List<Fact> facts, int end) {
		for (Fact fact : facts) {
			if (fact instanceof DateFact date && date.value() != null && date.value().length() == 10
					&& date.start() < DATE_LINE_BEFORE && date.end() <= end && isAlone(document, date)) {
				return IsoDates.day(date.value());
			}
		}
		return null;
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
