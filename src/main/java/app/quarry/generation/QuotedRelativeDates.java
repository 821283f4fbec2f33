package app.quarry.generation;

import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.InsideQuotation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a relative date is asked as the date its words stand for. Inside a quotation
 * ("“We will be back tomorrow”") it speaks from the day the words were said: in a news
 * story that is the day of its date line, unless the sentence names another time ("in
 * 1962 he said") or the story tells its news as yesterday's, when the words may have been
 * said then. A year or a month ("this year", "next month") is the same either way. "The
 * cars of tomorrow" name no day at all.
 */
final class QuotedRelativeDates {

	/**
	 * "The cars of tomorrow": the future in general ("the events of today" are a day's).
	 */
	private static final Pattern GENERIC_BEFORE = Pattern.compile("(?i).*\\bof\\s+$");

	private static final Pattern GENERIC_DAY = Pattern.compile("(?i)tomorrow");

	/** A year or a month: "2009", "2009-06". */
	private static final Pattern YEAR_OR_MONTH = Pattern.compile("-?\\d{4}(?:-\\d{2})?");

	/** A calendar day: "2009-06-01". */
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** Words telling the news as the day before the date line's. */
	private static final Pattern DAY_BEFORE = Pattern.compile("(?i)yesterday|last night");

	private QuotedRelativeDates() {
	}

	/** Whether the date its words stand for is not sure enough to ask. */
	static boolean unsure(FactSite site, DateFact fact) {
		if (!fact.relative()) {
			return false;
		}
		String text = site.document().text();
		Sentence sentence = site.sentence();
		if (GENERIC_DAY.matcher(fact.text()).matches()
				&& GENERIC_BEFORE.matcher(text.substring(sentence.start(), fact.start())).matches()) {
			return true;
		}
		if (!quoted(text, sentence, fact)) {
			return false;
		}
		boolean dayNamed = false;
		for (Fact other : site.document().facts()) {
			if (other == fact || !(other instanceof DateFact date) || other.start() < sentence.start()
					|| other.end() > sentence.end() || quoted(text, sentence, other)) {
				continue;
			}
			// the day the words were said, from which the quotation's own days were
			// counted; any other time told beside them may be when they were said
			if (date.relative() || date.value() == null || !DAY.matcher(date.value()).matches()) {
				return true;
			}
			dayNamed = true;
		}
		return !dayNamed && !YEAR_OR_MONTH.matcher(String.valueOf(fact.value())).matches()
				&& toldAsYesterday(site.document());
	}

	private static boolean quoted(String text, Sentence sentence, Fact fact) {
		return InsideQuotation.at(text, sentence.start(), fact.start());
	}

	/**
	 * Whether the story's own words (not a quotation) tell of yesterday or last night: it
	 * was written the day after its news, when its quotations were said.
	 */
	private static boolean toldAsYesterday(SourceDocument document) {
		for (Fact f : document.facts()) {
			if (f instanceof DateFact d && d.relative()
					&& DAY_BEFORE.matcher(d.text().toLowerCase(Locale.ROOT)).matches()) {
				Sentence sentence = document.sentenceOf(f);
				if (sentence != null && !quoted(document.text(), sentence, f)) {
					return true;
				}
			}
		}
		return false;
	}

}
