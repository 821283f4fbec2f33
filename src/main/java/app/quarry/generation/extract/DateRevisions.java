package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * Second looks at the dates of a document once all are read: a weekday with its date is
 * one date, and so is "the day before" one, a relative date in a quotation speaks from
 * the day the words were said, and "today" in a story dated after its news is the day of
 * the news.
 */
final class DateRevisions {

	private final DateRun run;

	private final SpeechDays speechDays;

	DateRevisions(DateRun run) {
		this.run = run;
		this.speechDays = new SpeechDays(run);
	}

	private static final Pattern WEEKDAY_ONLY = Pattern.compile(DateExpressions.WEEKDAY);

	/** What may stand between a weekday and its date: "Monday, Oct. 26". */
	private static final Pattern WEEKDAY_GAP = Pattern.compile(",?[ \\t\\u00a0]{1,2}");

	/**
	 * Words after which "today" speaks of the day a document was written, as it says:
	 * days counted from it, or a sentence that opens on "Today," to set a new day against
	 * the one the lead told of.
	 */
	private static final Pattern WRITER_DAY = Pattern
		.compile("(?i)\\b(?:yesterday|tomorrow|last night)\\b|(?-i)(?:^|[.!?][\"”’]?\\s+)Today,", Pattern.MULTILINE);

	private static final Pattern THE_DAY = Pattern.compile("(?i)the\\s+day");

	/** What stands between "the day" and the date it is counted from: " before ". */
	private static final Pattern DAY_SIDE = Pattern.compile("\\s+(before|after)\\s+");

	private static final Pattern ENDS_IN_YEAR = Pattern.compile(".*\\d{4}");

	/**
	 * "Monday, Oct. 26" is one date, the one its calendar words give: the weekday is not
	 * counted from the reference day on its own.
	 */
	void weekdaysWithTheirDate() {
		String clean = this.run.doc.cleanText();
		for (int i = this.run.facts.size() - 2; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact day && day.relative()
					&& WEEKDAY_ONLY.matcher(day.text()).matches() && this.run.facts.get(i + 1) instanceof DateFact date
					&& !date.relative() && date.value() != null && date.value().length() == 10
					&& WEEKDAY_GAP.matcher(clean.substring(day.end(), date.start())).matches()) {
				this.run.facts.set(i, new DateFact(this.run.text(day.start(), date.end()), day.start(), date.end(),
						date.value(), false));
				this.run.facts.remove(i + 1);
			}
		}
	}

	/**
	 * "The day before last Tuesday's hearing" is one date, a day from the one its words
	 * name, not "the day" told of before and a Tuesday of its own.
	 */
	void daysBeforeOrAfterADate() {
		String clean = this.run.doc.cleanText();
		for (int i = this.run.facts.size() - 2; i >= 0; i--) {
			if (this.run.facts.get(i) instanceof DateFact day && THE_DAY.matcher(day.text()).matches()
					&& this.run.facts.get(i + 1) instanceof DateFact date && date.value() != null
					&& date.value().length() == 10 && !date.value().startsWith("-")) {
				Matcher side = DAY_SIDE.matcher(clean.substring(day.end(), date.start()));
				if (side.matches()) {
					LocalDate named = IsoDates.day(date.value());
					LocalDate value = side.group(1).equalsIgnoreCase("after") ? named.plusDays(1) : named.minusDays(1);
					this.run.facts.set(i, new DateFact(this.run.text(day.start(), date.end()), day.start(), date.end(),
							value.toString(), true));
					this.run.facts.remove(i + 1);
				}
			}
		}
	}

	/**
	 * A relative expression inside a quotation speaks from the day the words were said:
	 * "handed at the border yesterday," Trump said on Sept. 7 is Sept. 6; so does one
	 * said on a weekday, or after a line that dates the words and ends in a colon.
	 */
	void resolveQuotedRelatives() {
		for (int i = 0; i < this.run.facts.size(); i++) {
			if (!(this.run.facts.get(i) instanceof DateFact d) || !d.relative() || d.text().endsWith("ago")
					|| !insideQuote(d.start())) {
				continue;
			}
			LocalDate said = this.speechDays.of(d.start());
			if (said != null) {
				String value = this.run.relatives.relative(d.text(), d.start(), said);
				this.run.facts.set(i, new DateFact(d.text(), d.start(), d.end(), value, true));
			}
		}
	}

	private boolean insideQuote(int at) {
		Sentence sentence = this.run.doc.sentenceAt(at);
		if (sentence == null) {
			return false;
		}
		return InsideQuotation.at(this.run.doc.cleanText(), sentence.start(), at);
	}

	/**
	 * A document dated after the day it reports on (a date line set when it was
	 * published) says "today" of that day: when its lead names a day within the week
	 * before the date line and no "yesterday" or "tomorrow" shows the writer speaking
	 * from the date line, "today" is the day the lead names. Inside a quotation it is
	 * that day even where the writer speaks from the date line, and "yesterday" or
	 * "tomorrow" count from it: the words were said on the day of the news.
	 */
	void resolveTodayToTheNewsDay() {
		if (this.run.ref == null) {
			return;
		}
		LocalDate newsDay = null;
		int leadSentence = -1;
		for (Fact f : this.run.facts) {
			if (!(f instanceof DateFact d) || d.value() == null) {
				continue;
			}
			int sentence = this.run.sentenceIndex(d.start());
			if (isToday(d.text()) && newsDay == null) {
				return;
			}
			if (d.value().length() != 10 || d.value().equals(this.run.ref.toString()) && !d.relative()) {
				continue;
			}
			// a day quoted, or one that owns a thing ("after Friday's vote"), is no day
			// the
			// story tells its news on
			if (insideQuoteOfItsParagraph(d.start()) || ownsAThing(d.end())) {
				continue;
			}
			LocalDate day = IsoDates.day(d.value());
			if (leadSentence < 0 && !day.isAfter(this.run.ref) && day.isAfter(this.run.ref.minusDays(7))
					&& sentence <= firstBodySentence() + 1 && !EarlierEvents.toldBefore(this.run.doc, d)) {
				newsDay = day;
				leadSentence = sentence;
				break;
			}
		}
		if (newsDay == null || newsDay.equals(this.run.ref)) {
			return;
		}
		// the whole text is searched for the writer's own days only when a "today"
		// would move: most texts have none to move. Words quoted from the news day
		// ("said after the match: 'today's game'") speak from it even where the writer
		// counts days from the date line ("Yesterday, Acme ...")
		Boolean writerDay = null;
		String today = this.run.ref.toString();
		for (int i = 0; i < this.run.facts.size(); i++) {
			if (!(this.run.facts.get(i) instanceof DateFact d) || !d.relative()) {
				continue;
			}
			int shift = dayNextTo(d.text());
			if (shift != 0 && this.run.ref.plusDays(shift).toString().equals(d.value())
					&& insideQuoteOfItsParagraph(d.start())) {
				// "the devil came here yesterday," said in the address the lead dates
				this.run.facts.set(i,
						new DateFact(d.text(), d.start(), d.end(), newsDay.plusDays(shift).toString(), true));
				continue;
			}
			if (!isToday(d.text())) {
				continue;
			}
			boolean quoted = today.equals(d.value()) && insideQuoteOfItsParagraph(d.start());
			if (!quoted && writerDay == null) {
				writerDay = WRITER_DAY.matcher(this.run.doc.cleanText()).find();
			}
			// told in the present ("is being published today") it is the writer's day
			if (quoted || !writerDay && !toldInThePresent(d.start())) {
				this.run.facts.set(i, new DateFact(d.text(), d.start(), d.end(), newsDay.toString(), true));
			}
		}
	}

	/**
	 * "is", "are" or "am" in the clause before a date: "the study is being published".
	 */
	private static final Pattern PRESENT_BEFORE = Pattern.compile("\\b(?:is|are|am)\\b[^,;:.!?\"“”]*$");

	private boolean toldInThePresent(int at) {
		Sentence sentence = this.run.doc.sentenceAt(at);
		int from = sentence == null ? Math.max(0, at - 80) : Math.max(sentence.start(), at - 80);
		return PRESENT_BEFORE.matcher(this.run.doc.cleanText().substring(from, at)).find();
	}

	/**
	 * Whether a position lies inside a quotation opened earlier in its paragraph: a
	 * quotation of several sentences speaks in all of them.
	 */
	private boolean insideQuoteOfItsParagraph(int at) {
		String clean = this.run.doc.cleanText();
		return InsideQuotation.at(clean, clean.lastIndexOf('\n', Math.max(0, at - 1)) + 1, at);
	}

	private boolean ownsAThing(int end) {
		String clean = this.run.doc.cleanText();
		return end + 1 < clean.length() && (clean.charAt(end) == '\'' || clean.charAt(end) == '’')
				&& clean.charAt(end + 1) == 's';
	}

	/** -1 for "yesterday" or "last night", 1 for "tomorrow", else 0. */
	private static int dayNextTo(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		return t.equals("yesterday") || t.equals("last night") ? -1 : t.equals("tomorrow") ? 1 : 0;
	}

	private static boolean isToday(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		return t.endsWith("today") || t.equals("tonight")
				|| t.startsWith("this ") && (t.endsWith("morning") || t.endsWith("afternoon") || t.endsWith("evening"));
	}

	/**
	 * The first sentence after a date line (or the first sentence when there is none).
	 */
	int firstBodySentence() {
		List<Sentence> sentences = this.run.doc.sentences();
		for (int i = 0; i < Math.min(4, sentences.size()); i++) {
			String text = sentences.get(i).text().strip();
			if (text.length() <= 40 && ENDS_IN_YEAR.matcher(text).matches()) {
				return i + 1;
			}
		}
		return 0;
	}

}
