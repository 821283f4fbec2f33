package app.quarry.generation;

import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.InsideQuotation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a relative date is asked as the date its words stand for. Inside a quotation
 * ("“We will be back tomorrow”") it speaks from the day the words were said: in a news
 * story that is the day of its date line, unless the sentence names another time ("in
 * 1962 he said") or the story tells its news as yesterday's, when the words may have been
 * said then. A year or a month ("this year", "next month") is the same either way. "The
 * cars of tomorrow" name no day at all, "ten days before the shooting" counts from the
 * shooting, whose date the story may never give, and "more than a year ago" is no year.
 */
final class UnsureRelativeDates {

	/**
	 * "The cars of tomorrow": the future in general ("the events of today" are a day's).
	 */
	private static final Pattern GENERIC_BEFORE = Pattern.compile("(?is).*\\bof\\s+$");

	private static final Pattern GENERIC_DAY = Pattern.compile("(?i)tomorrow");

	/** A year or a month: "2009", "2009-06". */
	private static final Pattern YEAR_OR_MONTH = Pattern.compile("-?\\d{4}(?:-\\d{2})?");

	/** "this month", "later this month", "next week", "earlier this year". */
	private static final Pattern PERIOD_WORDS = Pattern
		.compile("(?i)(?:(?:earlier|later)\\s+)?(?<which>this|next|last)\\s+(?<unit>week|month|year)");

	/** "tomorrow", "earlier today", "this evening", "last night". */
	private static final Pattern DAY_WORDS = Pattern.compile("(?i)(?:(?:earlier|later)\\s+)?(?<day>today|tonight"
			+ "|tomorrow|yesterday|last\\s+night|this\\s+(?:morning|afternoon|evening))");

	/** A calendar day: "2009-06-01". */
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** Words telling the news as the day before the date line's. */
	private static final Pattern DAY_BEFORE = Pattern.compile("(?i)yesterday|last night");

	/** "ten days before", "a week after": words counted from what follows them. */
	private static final Pattern BEFORE_OR_AFTER = Pattern.compile("(?is).*\\s(?:before|after)");

	/** "the day", "the week": a time counted from what follows "before" or "after". */
	private static final Pattern THE_UNIT = Pattern.compile("(?i)the\\s+(?:day|week|month|year|night|morning|evening)");

	/**
	 * The words of an event after such a date: "the shooting", "his arrest", its noun in
	 * the group.
	 */
	private static final Pattern EVENT = Pattern
		.compile("(?is)\\s+(?:(?:the|a|an|his|her|its|their|this|that)\\s+)?(?<noun>\\p{L}+).*");

	private static final Pattern BEFORE_OR_AFTER_EVENT = Pattern.compile("(?is)\\s+(?:before|after)" + EVENT);

	/** Endings that make a noun of a verb: "announcement", "shooting", "election". */
	private static final Pattern NOUN_ENDING = Pattern.compile("(?i)(?:ment|ing|ation|ion|al|s)$");

	/**
	 * "more than four decades ago", "less than a year ago": a bound, before or after the
	 * year the words count back to, not that year.
	 */
	private static final Pattern BOUND_BEFORE = Pattern
		.compile("(?is).*\\b(?:more\\s+than|less\\s+than|over|under|at\\s+least|upwards\\s+of)\\s+$");

	/**
	 * "A second consecutive day", "the eighth day", "their best week since": a place in a
	 * run or a record, whose blank would ask for a count or a word, not for a date.
	 */
	private static final Pattern PLACE_IN_A_RUN = Pattern
		.compile("(?i)(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+"
				+ "(?:(?:straight|consecutive|successive)\\s+)?)?(?:day|week|month|year)|day\\s+\\p{L}+|eve");

	/**
	 * "just over five years ago", "little more than a year ago", "just over 30 hours
	 * ago": a bound so near that the year or the day counted back is the one meant.
	 */
	private static final Pattern NEAR_BOUND_BEFORE = Pattern
		.compile("(?i)\\b(?:just|little|slightly|barely)\\s+(?:over|more\\s+than|under|less\\s+than)\\s+$");

	private UnsureRelativeDates() {
	}

	/** Whether the date its words stand for is not sure enough to ask. */
	static boolean unsure(FactSite site, DateFact fact) {
		if (!fact.relative()) {
			return false;
		}
		if (PLACE_IN_A_RUN.matcher(fact.text()).matches()) {
			return true;
		}
		String text = site.document().text();
		Sentence sentence = site.sentence();
		if (GENERIC_DAY.matcher(fact.text()).matches()
				&& GENERIC_BEFORE.matcher(text.substring(sentence.start(), fact.start())).matches()) {
			return true;
		}
		if (fact.text().toLowerCase(Locale.ROOT).endsWith(" ago")
				&& BOUND_BEFORE.matcher(text.substring(sentence.start(), fact.start())).matches()
				&& !NEAR_BOUND_BEFORE
					.matcher(text.substring(Math.max(sentence.start(), fact.start() - 40), fact.start()))
					.find()) {
			return true;
		}
		String after = text.substring(fact.end(), sentence.end());
		Matcher event = BEFORE_OR_AFTER.matcher(fact.text()).matches() ? EVENT.matcher(after)
				: THE_UNIT.matcher(fact.text()).matches() ? BEFORE_OR_AFTER_EVENT.matcher(after) : null;
		if (event != null && event.matches()) {
			return !datedBefore(site.document(), fact, event.group("noun"), after.strip().startsWith("before"));
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
			if (date.value() == null || !DAY.matcher(date.value()).matches()) {
				return true;
			}
			if (date.relative() && !sameFromTheDaySaid(fact, date.value())) {
				return true;
			}
			dayNamed = true;
		}
		return !dayNamed && !YEAR_OR_MONTH.matcher(String.valueOf(fact.value())).matches()
				&& toldAsYesterday(site.document(), fact);
	}

	/** "today", "tonight", "this morning": the day words are said on. */
	private static final Pattern SAYING_DAY = Pattern
		.compile("(?i)(?:(?:earlier|later)\\s+)?(?:today|tonight|this\\s+(?:morning|afternoon|evening))");

	/**
	 * Whether a day, week, month or year a speaker names ("tomorrow", "later this month",
	 * "next week") is the same counted from the day the words were said ("Otto said
	 * Monday") as from the date line it was resolved against: only then does the day
	 * said, itself counted from the date line, leave no doubt.
	 */
	static boolean sameFromTheDaySaid(DateFact fact, String saidDay) {
		return fact.value() != null && fact.value().equals(countedFrom(fact.text(), LocalDate.parse(saidDay)));
	}

	/**
	 * The date a speaker's words ("tomorrow", "next week", "later this month") stand for
	 * counted from the day they were said; null for any other words.
	 */
	private static String countedFrom(String text, LocalDate said) {
		Matcher day = DAY_WORDS.matcher(text);
		if (day.matches()) {
			String w = day.group("day").toLowerCase(Locale.ROOT);
			int shift = w.equals("tomorrow") ? 1 : w.equals("yesterday") || w.startsWith("last") ? -1 : 0;
			return said.plusDays(shift).toString();
		}
		Matcher words = PERIOD_WORDS.matcher(text);
		if (!words.matches()) {
			return null;
		}
		String which = words.group("which").toLowerCase(Locale.ROOT);
		int shift = which.equals("next") ? 1 : which.equals("last") ? -1 : 0;
		return switch (words.group("unit").toLowerCase(Locale.ROOT)) {
			case "week" -> {
				LocalDate monday = said.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
				yield monday + "/" + monday.plusDays(6);
			}
			case "month" -> YearMonth.from(said).plusMonths(shift).toString();
			default -> String.valueOf(said.getYear() + shift);
		};
	}

	/**
	 * Whether the date the relative words were counted from (the last one told before
	 * them) dates the event they name: "Smith announced the move on Wednesday. A day
	 * before the announcement, ..." Any other event ("ten days before the shooting") has
	 * a date of its own the words were not counted from.
	 */
	private static boolean datedBefore(SourceDocument document, DateFact fact, String noun, boolean before) {
		String stem = NOUN_ENDING.matcher(noun.toLowerCase(Locale.ROOT)).replaceFirst("");
		// "the day" and "the week" were counted from the last single day told; none was
		// counted from another day counted so ("two days before the vote")
		boolean fromADay = THE_UNIT.matcher(fact.text()).matches();
		DateFact last = null;
		for (Fact f : document.facts()) {
			if (f instanceof DateFact d && d.value() != null && f.end() <= fact.start()
					&& (!fromADay || DAY.matcher(d.value()).matches()) && !THE_UNIT.matcher(d.text()).matches()
					&& !BEFORE_OR_AFTER.matcher(d.text()).matches() && (last == null || f.start() > last.start())) {
				last = d;
			}
		}
		Sentence told = last == null ? null : document.sentenceOf(last);
		if (told == null || stem.length() < 4) {
			return false;
		}
		if (fromADay && !countedFrom(last, fact, before)) {
			return false;
		}
		return Pattern.compile("(?i)\\b" + Pattern.quote(stem)).matcher(told.text()).find();
	}

	/**
	 * "The day before the election", "the week after the bombing" as a question of their
	 * own: the date they stand for when the story dated that event just before them.
	 */
	static boolean countedFromADatedEvent(FactSite site, DateFact fact) {
		Sentence sentence = site.sentence();
		return THE_UNIT.matcher(fact.text()).matches()
				&& BEFORE_OR_AFTER_EVENT.matcher(site.document().text().substring(fact.end(), sentence.end())).matches()
				&& !unsure(site, fact);
	}

	/**
	 * Whether "the day" or "the week" before or after an event stands for the day or
	 * calendar week next to the day last told: any other value was counted from
	 * elsewhere.
	 */
	private static boolean countedFrom(DateFact last, DateFact fact, boolean before) {
		if (fact.value() == null || !DAY.matcher(last.value()).matches()) {
			return false;
		}
		LocalDate day = LocalDate.parse(last.value());
		int step = before ? -1 : 1;
		String unit = fact.text().toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
		return switch (unit) {
			case "day" -> day.plusDays(step).toString().equals(fact.value());
			case "week" -> {
				LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
				yield (monday + "/" + monday.plusDays(6)).equals(fact.value());
			}
			default -> false;
		};
	}

	private static boolean quoted(String text, Sentence sentence, Fact fact) {
		return InsideQuotation.at(text, sentence.start(), fact.start());
	}

	/**
	 * Whether the story's own words (not a quotation) tell of yesterday or last night: it
	 * was written the day after its news, when its quotations were said. A quoted "today"
	 * already read as that day ("said after the match: 'today's game'") is sure.
	 */
	private static boolean toldAsYesterday(SourceDocument document, DateFact fact) {
		for (Fact f : document.facts()) {
			if (f instanceof DateFact d && d.relative()
					&& DAY_BEFORE.matcher(d.text().toLowerCase(Locale.ROOT)).matches()) {
				Sentence sentence = document.sentenceOf(f);
				if (sentence != null && !quoted(document.text(), sentence, f)) {
					return !(fact.value() != null && SAYING_DAY.matcher(fact.text()).matches()
							&& fact.value().equals(d.value()));
				}
			}
		}
		return false;
	}

}
