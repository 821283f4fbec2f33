package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day told, then set beside an event by "the day before" or "the day after": "The barge
 * was loaded June 8, the day before the canal froze over", "Rents climbed on Feb. 20, the
 * day after the zoning vote". The words name the day just told (June 8 itself) and date
 * the event after them a day away from it: the canal froze over on June 9. That event's
 * day is asked, a question rewritten from the event's own words; the day told is asked on
 * its own.
 */
final class ApposedDays {

	/** "the day" as the whole of a date's words. */
	private static final Pattern THE_DAY = Pattern.compile("(?i)the\\s+day");

	/** Only a comma between the day told and "the day". */
	private static final Pattern APPOSED = Pattern.compile(",\\s+");

	/** "before" or "after", then the event up to the end of its clause. */
	private static final Pattern EVENT = Pattern
		.compile("\\s+(before|after)\\s+([^,;:()\"“”—]+?)\\s*(?:[,;:(—]|--|\\.\\s*$|$)");

	/** "two days before", "a week after": a count of days or weeks set beside a day. */
	private static final Pattern COUNTED = Pattern.compile("(?i)(\\S+)\\s+(days?|weeks?)\\s+(before|after)");

	/**
	 * The event right after a counted "before" or "after", up to the end of its clause.
	 */
	private static final Pattern EVENT_AFTER_COUNT = Pattern
		.compile("\\s+([^,;:()\"“”—]+?)\\s*(?:[,;:(—]|--|\\.\\s*$|$)");

	/** A day: "1998-11-03". */
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** An event named by a noun: "the stock market plunge", "the election". */
	private static final Pattern NOUN_EVENT = Pattern.compile("the\\s+(?:[\\p{L}'’-]+\\s+){0,4}[\\p{L}'’-]+");

	/** A plural noun ending an event's words: "the talks", "the elections". */
	private static final Pattern PLURAL = Pattern.compile("(?<![sui])s$");

	/** A verb in the past after the event's subject: "the police issued a warrant". */
	private static final Pattern CLAUSE = Pattern.compile(
			"(?:\\p{L}[\\p{L}.'’-]*\\s+){1,5}?(?:[a-z]{3,}ed|was|were|had|made|took|came|went|began|fell|rose|won|lost"
					+ "|sold|left|met|held|said|told|gave|sent|struck|broke|fled|paid|ran|led|found|brought|froze)"
					// "the talks began": the verb may end the clause
					+ "(?:\\s+\\S.*)?");

	private ApposedDays() {
	}

	/**
	 * The questions on the day of an event set beside a day told; empty when the date's
	 * words are no such apposition.
	 */
	static List<BankQuestion> of(FactSite site, DateFact fact, DistractorPool pool) {
		Matcher counted = COUNTED.matcher(fact.text());
		if (!THE_DAY.matcher(fact.text()).matches() && !counted.matches()) {
			return List.of();
		}
		String text = site.document().text();
		DateFact told = toldJustBefore(site, fact);
		if (told == null) {
			return List.of();
		}
		Matcher event = (counted.matches() ? EVENT_AFTER_COUNT : EVENT).matcher(text)
			.region(fact.end(), site.sentence().end());
		if (!event.lookingAt()) {
			return List.of();
		}
		LocalDate day = LocalDate.parse(told.value());
		long days = 1;
		String side = event.groupCount() > 1 && !counted.matches() ? event.group(1) : null;
		if (counted.matches()) {
			// "March 4, three days before the ferry sails": the sailing is three days on
			Long n = app.quarry.generation.extract.NumberWords.cardinal(counted.group(1));
			if (n == null || n < 1) {
				return List.of();
			}
			days = counted.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 * n : n;
			side = counted.group(3).toLowerCase(Locale.ROOT);
		}
		LocalDate eventDay = side.equals("before") ? day.plusDays(days) : day.minusDays(days);
		DateValue date = DateValue.parse(eventDay.toString());
		String eventWords = event.group(event.groupCount()).strip();
		// a count of days is asked only from a clause in the past: "the phone launches"
		// may be a clause or a noun's plural, and a question would have to guess
		String asked = counted.matches() && !CLAUSE.matcher(eventWords).matches() ? null : question(eventWords, date);
		if (date == null || asked == null) {
			return List.of();
		}
		List<BankQuestion> questions = new ArrayList<>();
		List<DateValue> distractors = pool.dates(date, site.seed());
		if (distractors.size() == 3) {
			questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE, asked, date.display(), date.iso(),
					date.accepted(), DateQuestions.options(date, distractors), null));
		}
		questions.add(site.question(QuestionFormat.TYPED, asked, date.display(), date.iso(), date.accepted(), List.of(),
				null));
		questions.add(site.question(QuestionFormat.FLASHCARD, asked, date.display(), date.iso(), date.accepted(),
				List.of(), null));
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * The day told just before "the day", with only a comma between: "Nov. 3, the day
	 * before"; null when there is none.
	 */
	private static DateFact toldJustBefore(FactSite site, DateFact fact) {
		String text = site.document().text();
		DateFact told = null;
		for (Fact f : site.document().facts()) {
			if (f instanceof DateFact d && d != fact && d.end() <= fact.start() && d.start() >= site.sentence().start()
					&& d.value() != null && DAY.matcher(d.value()).matches()
					&& APPOSED.matcher(text.substring(d.end(), fact.start())).matches()) {
				told = d;
			}
		}
		return told;
	}

	/**
	 * "On what date did the police issue a warrant?" from a clause, "On what date was the
	 * market plunge?" from a noun's phrase; null for anything else.
	 */
	private static String question(String event, DateValue date) {
		if (event.isEmpty() || !Character.isLetter(event.charAt(0))) {
			return null;
		}
		if (!SelfContained.check(Character.toUpperCase(event.charAt(0)) + event.substring(1))) {
			// "the day after his election": whose, the question alone would not tell
			return null;
		}
		if (NOUN_EVENT.matcher(event).matches() && !CLAUSE.matcher(event).matches()) {
			return "On what date " + (PLURAL.matcher(event).find() ? "were " : "was ") + event + "?";
		}
		if (!CLAUSE.matcher(event).matches()) {
			return null;
		}
		String sentence = event + " on ";
		int from = sentence.length();
		sentence = sentence + date.display() + ".";
		String asked = DateQuestionWriter.question(sentence, from, from + date.display().length(), date.precision());
		return asked;
	}

}
