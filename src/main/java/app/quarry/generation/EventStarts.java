package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import app.quarry.generation.extract.DateFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an event began, told by the day it has reached ("today is the fourth day of the
 * strike", "it's day three of the talks"), or the day it is to begin, told by its eve
 * ("this is the eve of the president's visit"). The words date the report's own day, so a
 * blank or a true/false statement on them would ask for today; what the reader learns is
 * when the event starts, and that is asked: "On what date did the strike begin?".
 */
final class EventStarts {

	/** The place of the day the words name: "fourth day", "day three", "eve". */
	private static final Pattern DAY_OF_AN_EVENT = Pattern
		.compile("(?i)(?<ordinal>\\p{L}+)\\s+day|day\\s+(?<cardinal>\\p{L}+)|(?<eve>eve)");

	private static final Map<String, Integer> PLACES = Map.ofEntries(Map.entry("second", 2), Map.entry("third", 3),
			Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
			Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

	/**
	 * " of an offensive by the army against the villages": the event, up to the end of
	 * its clause.
	 */
	private static final Pattern EVENT = Pattern.compile(
			"\\s+of\\s+(?:(?<det>the|an?|its|his|her|their|this|that)\\s+)?(?<event>[\\p{L}\\d'’][^,;:.!?()\"“”—–]*)");

	/** Where a clause of its own begins after the event's words. */
	private static final Pattern CLAUSE = Pattern
		.compile("\\s+(?:and|but|as|while|when|where|after|before|because|since|which|that|who|so)\\s");

	/**
	 * "the second day of the week", "the eve of May Day": a day of the calendar, not of
	 * an event.
	 */
	private static final Pattern TIME_OF_THE_CALENDAR = Pattern.compile(
			"(?i)(?:week|month|year|decade|century|season|quarter|new|spring|summer|autumn|fall|winter|January|February"
					+ "|March|April|May|June|July|August|September|October|November|December|\\d)\\b.*");

	/**
	 * "The strike, now in its", "The talks entered their", "The siege is now in its": an
	 * event that opens the sentence, then the day it has reached.
	 */
	private static final Pattern SUBJECT = Pattern.compile(
			"\\s*(?<event>The\\s+[^,;:()\"“”]+?)(?:,\\s+now|\\s+is(?:\\s+now)?|\\s+(?:entered|went\\s+into|moved\\s+into))"
					+ "(?:\\s+in)?\\s+(?:its|their)\\s+");

	/** The most words of an event that opens its sentence. */
	private static final int MOST_SUBJECT_WORDS = 8;

	/** Longer than this, the event is a clause rather than a name for a question. */
	private static final int MOST_WORDS = 16;

	private EventStarts() {
	}

	/**
	 * The questions on the day an event begins, or an empty list when the date is no day
	 * of an event.
	 */
	static List<BankQuestion> of(FactSite site, DateFact fact, DistractorPool pool) {
		Matcher day = DAY_OF_AN_EVENT.matcher(fact.text().strip());
		if (!fact.relative() || fact.value() == null || fact.value().length() != 10 || !day.matches()) {
			return List.of();
		}
		boolean eve = day.group("eve") != null;
		Integer place = eve ? Integer.valueOf(0) : PLACES.get(
				(day.group("ordinal") != null ? day.group("ordinal") : day.group("cardinal")).toLowerCase(Locale.ROOT));
		String event = eve ? event(site.text().substring(site.to()))
				: eventOf(site.text().substring(0, site.from()), site.text().substring(site.to()));
		if (place == null || event == null) {
			return List.of();
		}
		LocalDate reached = LocalDate.parse(fact.value());
		DateValue start = DateValue.parse((eve ? reached.plusDays(1) : reached.minusDays(place - 1L)).toString());
		String asked = eve ? "On what date was " + event + " due to begin?" : "On what date did " + event + " begin?";
		List<BankQuestion> questions = new ArrayList<>();
		List<DateValue> distractors = pool.dates(start, site.seed());
		if (distractors.size() == 3) {
			questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE, asked, start.display(), start.iso(),
					start.accepted(), DateQuestions.options(start, distractors), null));
		}
		questions.add(site.question(QuestionFormat.TYPED, asked, start.display(), start.iso(), start.accepted(),
				List.of(), null));
		return questions.stream().filter(q -> q != null).toList();
	}

	/**
	 * The event whose day is told after it ("the fourth day of the strike") or before it
	 * ("the strike, now in its third day").
	 */
	private static String eventOf(String before, String after) {
		Matcher subject = SUBJECT.matcher(before);
		if (subject.matches()) {
			String words = subject.group("event");
			return words.split("\\s+").length > MOST_SUBJECT_WORDS ? null : "t" + words.substring(1);
		}
		return event(after);
	}

	/**
	 * "the strike by dock workers" from " of a strike by dock workers, officials said",
	 * or null when the words after the day name no event.
	 */
	private static String event(String after) {
		Matcher m = EVENT.matcher(after);
		if (!m.lookingAt()) {
			return null;
		}
		String words = m.group("event").strip();
		Matcher clause = CLAUSE.matcher(words);
		if (clause.find()) {
			words = words.substring(0, clause.start()).strip();
		}
		int count = words.split("\\s+").length;
		if (words.isEmpty() || count > MOST_WORDS || TIME_OF_THE_CALENDAR.matcher(words).matches()) {
			return null;
		}
		boolean name = Character.isUpperCase(words.charAt(0));
		// "an offensive" is the offensive once asked about; "their strike" too, as the
		// question has no one for "their" to stand for
		return m.group("det") != null || !name ? "the " + words : words;
	}

}
