package app.quarry.generation.extract;

import java.util.regex.Pattern;

/**
 * A weekday that opens the name of a paper, a programme or a club: "the Sunday Times",
 * "told the Monday Club". After "the", a bare weekday followed straight away by a
 * capitalised word is that name's first word; a day told by the article is written "on
 * Sunday", and a date after it ("the Sunday March 5 vote") is a month or a number, not a
 * name.
 */
final class WeekdayNames {

	private static final Pattern WEEKDAY = Pattern.compile(DateExpressions.WEEKDAY);

	private static final Pattern THE_BEFORE = Pattern.compile("(?<![\\p{L}'’-])[Tt]he[ \\t\\u00a0]+$");

	private static final Pattern NAME_WORD_AFTER = Pattern.compile(
			"[ \\t\\u00a0]+(?!(?:" + DateExpressions.MONTH + "|Morning|Afternoon|Evening|Night)\\b)\\p{Lu}\\p{Ll}");

	private WeekdayNames() {
	}

	static boolean startsAName(String words, String text, int start, int end) {
		return WEEKDAY.matcher(words).matches()
				&& THE_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()
				&& NAME_WORD_AFTER.matcher(text).region(end, text.length()).lookingAt();
	}

}
