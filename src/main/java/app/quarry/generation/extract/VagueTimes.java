package app.quarry.generation.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times without a place on the calendar: lengths ("three days", "several years", "the
 * fiscal year ended ..."), repetitions ("every year", "annually") and references to the
 * present, past or future ("now", "recently", "the future").
 */
final class VagueTimes {

	/**
	 * An amount just before "a year", "a week": "$1.76 a year", "four flights a week",
	 * "24 hours a day".
	 */
	private static final Pattern RATE_BEFORE = Pattern
		.compile("(?:\\d%?|\\b(?:[mb]illion|thousand|hundred|cents|dollars|percent)"
				+ "|\\b(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|\\p{L}+teen|\\p{L}+ty)\\s+\\p{L}+s)\\s+$");

	/**
	 * Words of a time still to come: "the future", "soon", "the near term", "a later
	 * date".
	 */
	private static final Pattern FUTURE = Pattern.compile("future|soon|term|later");

	private static final Pattern THEN_BEFORE = Pattern.compile("\\bthen[\\s-]$");

	/**
	 * What may stand before a word that opens its sentence: the end of the one before, a
	 * quotation mark, or nothing.
	 */
	private static final Pattern SENTENCE_OPENS = Pattern.compile("(?:^|[.!?:;]['\"’”]?|[\"“`']+|\\n)\\s*$");

	/**
	 * "will one day be", "may one day return": some day ahead, not a day's length. A
	 * modal before and a verb after, not "to one day a week" or "one day in May".
	 */
	private static final Pattern SOME_DAY_BEFORE = Pattern
		.compile("\\b(?:will|would|could|may|might|can|shall|should|must)(?:\\s+(?:not|also|still|surely))?\\s+$");

	private static final Pattern SOME_DAY_AFTER = Pattern
		.compile("\\s+(?!(?:a|an|the|of|in|on|at|for|to|per|and|or|after|before|later|earlier|ago)\\b)\\p{Ll}+");

	private final DateRun run;

	VagueTimes(DateRun run) {
		this.run = run;
	}

	static boolean reads(Matcher m) {
		return m.group("vague") != null || m.group("vd") != null || m.group("set") != null || m.group("dn") != null
				|| m.group("rn") != null || m.group("lu") != null || m.group("lus") != null || m.group("ye") != null;
	}

	Fact read(Matcher m, int s, int e, int sentence, String clean) {
		if (m.group("vague") != null) {
			// "now", "recently", "the future": a time, but no day on the calendar
			String words = m.group("vague").toLowerCase(Locale.ROOT);
			if (words.equals("now") && discourseMarker(clean, s, e)) {
				// "Now, the council says ...": a turn in the telling, not the present
				return null;
			}
			if (words.equals("soon") && this.run.tense(s) < 0) {
				// "he was soon released": soon after another event, not a time still to
				// come
				return null;
			}
			// "the then current price": current at a time past
			boolean thenCurrent = words.equals("current")
					&& THEN_BEFORE.matcher(clean.substring(Math.max(0, s - 6), s)).find();
			return new TimeReferenceFact(this.run.text(s, e), s, e,
					thenCurrent || words.contains("past") || words.contains("recent") || words.endsWith("ago")
							? "PAST_REF" : FUTURE.matcher(words).find() ? "FUTURE_REF" : "PRESENT_REF");
		}
		if (m.group("vd") != null) {
			return new DurationFact(this.run.text(s, e), s, e, Durations.vague(this.run.text(s, e)));
		}
		if (m.group("set") != null) {
			return new SetFact(this.run.text(s, e), s, e, Durations.recurrence(m.group("setu"), m.group("seta")));
		}
		if (m.group("lu") != null || m.group("lus") != null) {
			return new DurationFact(this.run.text(s, e), s, e,
					Durations.iso(1, m.group("lu") != null ? m.group("lu") : m.group("lus")));
		}
		if (m.group("rn") != null) {
			Long n = NumberWords.cardinal(m.group("rn"));
			return n == null ? null : new DurationFact(this.run.text(s, e), s, e, Durations.iso(n, m.group("ru")));
		}
		if (m.group("dn") != null) {
			if (m.group("dn").equalsIgnoreCase("one") && m.group("du").equals("day") && m.group("duh") == null
					&& SOME_DAY_BEFORE.matcher(clean.substring(Math.max(0, s - 30), s)).find()
					&& SOME_DAY_AFTER.matcher(clean).region(e, clean.length()).lookingAt()) {
				return new TimeReferenceFact(this.run.text(s, e), s, e, "FUTURE_REF");
			}
			if (RATE_BEFORE.matcher(clean.substring(Math.max(0, s - 40), s)).find()
					&& m.group("dn").toLowerCase(Locale.ROOT).startsWith("a")) {
				// "$500 million a year", "700 seats a week": a rate, not a length of time
				return null;
			}
			// "2 1/2 years", "two and a half years": the count without its half; "a
			// couple of years" is two,
			// "the past decade" one
			Long n = m.group("dn").contains("couple") ? Long.valueOf(2)
					: m.group("dn").toLowerCase(Locale.ROOT).startsWith("the ") ? Long.valueOf(1)
							: NumberWords.cardinal(m.group("dnh") == null ? m.group("dn")
									: m.group("dn").substring(0, m.start("dnh") - m.start("dn")));
			return n == null ? null : new DurationFact(this.run.text(s, e), s, e,
					Durations.iso(n, m.group("du"), m.group("dnh") != null || m.group("duh") != null));
		}
		if (m.group("ye") != null) {
			return new DurationFact(this.run.text(s, e), s, e, "P1Y");
		}
		return null;
	}

	/** A word that opens its sentence and is set off by a comma: "Now, ...". */
	private static boolean discourseMarker(String clean, int s, int e) {
		return e < clean.length() && clean.charAt(e) == ','
				&& SENTENCE_OPENS.matcher(clean.substring(Math.max(0, s - 4), s)).find();
	}

}
