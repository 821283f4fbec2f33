package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * The day words in a quotation were said, as the text around the quotation dates them:
 * "said on Monday", "Jane Roe said yesterday", or a line ending in a colon just before a
 * quotation set on its own line ("announced by the family the following morning:"). A
 * "yesterday" or "this morning" inside the quotation speaks from that day.
 */
final class SpeechDays {

	/** A day named as an owner ("Friday's vote") dates that thing, not the speech. */
	private static final Pattern OWNER = Pattern.compile("^['’]s?\\b");

	private final DateRun run;

	SpeechDays(DateRun run) {
		this.run = run;
	}

	/**
	 * The day the quotation holding {@code at} was said, or null when the text around it
	 * names none. A date the text gives in full wins over one counted from the date line.
	 */
	LocalDate of(int at) {
		Sentence own = this.run.doc.sentenceAt(at);
		if (own == null) {
			return null;
		}
		LocalDate day = dayOutsideQuotes(own, false);
		if (day == null) {
			day = dayOutsideQuotes(own, true);
		}
		if (day == null) {
			Sentence before = leadIn(own);
			day = before == null ? null : dayOutsideQuotes(before, true);
		}
		return day;
	}

	private LocalDate dayOutsideQuotes(Sentence sentence, boolean relativeToo) {
		String clean = this.run.doc.cleanText();
		for (Fact f : this.run.facts) {
			if (f instanceof DateFact said && (relativeToo || !said.relative()) && said.value() != null
					&& said.value().length() == 10 && said.start() >= sentence.start() && said.end() <= sentence.end()
					&& !InsideQuotation.at(clean, sentence.start(), said.start())
					&& !OWNER.matcher(clean.substring(said.end(), Math.min(clean.length(), said.end() + 3))).find()) {
				return IsoDates.day(said.value());
			}
		}
		return null;
	}

	/**
	 * The sentence that leads into a quotation standing on its own line: the line before
	 * ends in a colon ("the family said the next morning:").
	 */
	private Sentence leadIn(Sentence own) {
		String clean = this.run.doc.cleanText();
		int lineStart = clean.lastIndexOf('\n', Math.max(0, own.start() - 1)) + 1;
		if (!clean.substring(lineStart, own.start()).isBlank()) {
			return null;
		}
		String before = clean.substring(0, Math.max(0, lineStart - 1)).stripTrailing();
		if (!before.endsWith(":")) {
			return null;
		}
		List<Sentence> sentences = this.run.doc.sentences();
		int i = this.run.sentenceIndex(own.start());
		return i > 0 ? sentences.get(i - 1) : null;
	}

}
