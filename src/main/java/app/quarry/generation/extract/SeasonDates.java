package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.quarry.generation.extract.DateExpressions.num;

/**
 * Seasons placed in a year: "next summer", "the summer of 2010", "last winter". Kept
 * apart from the other relative dates because a season's word is so often something else
 * (a verb, a part of a name), and the signs that it is a time of year are its own.
 */
final class SeasonDates {

	private final DateRun run;

	SeasonDates(DateRun run) {
		this.run = run;
	}

	private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|their|its|our)\\s$");

	/**
	 * "the Winter Games", "the Summer Olympics": a capitalised season before another
	 * capitalised word is part of a name, which says no time of year.
	 */
	private static final Pattern NAME_GOES_ON = Pattern.compile("[ \\t\\u00a0]+\\p{Lu}");

	/**
	 * "their fall session", "the fall semester": a term or a sitting after "fall" makes
	 * it the season; "the fall of the city" or "a fall in prices" is no time of year.
	 */
	private static final Pattern TERM_AFTER_FALL = Pattern.compile("\\s+(?:sessions?|terms?|semesters?|sittings?"
			+ "|recess|break|season|meetings?|classes|collections?|schedule|lineup|campaign|elections?)\\b");

	/**
	 * "next summer", "the summer of 2010", "last winter"; a bare "fall" is a verb.
	 */
	Fact read(Matcher m, int s, int e, int sentence) {
		String name = m.group("season");
		String modifier = m.group("sn") == null ? ""
				: m.group("sn").strip().toLowerCase(Locale.ROOT).replaceAll("^(?:this|the)\\s+past$", "last");
		if (m.group("sy") != null || m.group("sys") != null) {
			int year = m.group("sy") != null ? num(m.group("sy")) : Years.spoken(m.group("sys"));
			this.run.focus(year, sentence, s);
			return this.run.dateFact(s, e, CalendarSpans.season(name, year), false);
		}
		String clean = this.run.doc.cleanText();
		if (Character.isUpperCase(name.charAt(0))
				&& NAME_GOES_ON.matcher(clean).region(e, clean.length()).lookingAt()) {
			return null;
		}
		boolean named = !modifier.isEmpty() && !modifier.startsWith("the");
		// "the summer", "their autumn meetings": a season of the year told of
		boolean afterThe = modifier.isEmpty()
				&& DETERMINER_BEFORE.matcher(clean.substring(Math.max(0, s - 7), s)).find();
		boolean fallTerm = afterThe && TERM_AFTER_FALL.matcher(clean).region(e, clean.length()).lookingAt();
		if (!named && !afterThe || name.equalsIgnoreCase("fall") && !named && !fallTerm) {
			return null;
		}
		if (this.run.refMonth == null) {
			return this.run.dateFact(s, e, null, true);
		}
		// "during their fall session" with no verb that says past or future: the season
		// of the year the story is dated in
		int tense = this.run.tense(s);
		String which = named ? modifier : tense == 0 ? "this" : "";
		int year = CalendarSpans.seasonYear(name, which, tense > 0, this.run.refMonth);
		return this.run.dateFact(s, e, CalendarSpans.season(name, year), true);
	}

}
