package app.quarry.generation.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "on the first day of the strike", "the first round of talks", "the first batch of
 * parcels": "the first" before one noun and "of" names the opening part of something, not
 * a place in a rank; it tells no count, and "first" is what anyone would guess for the
 * blank. "The second day of the strike" does count the days.
 */
final class OpeningParts {

	private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$");

	private OpeningParts() {
	}

	static boolean opening(String ordinal, String lowerBefore, List<String> words) {
		return ordinal.toLowerCase(Locale.ROOT).equals("first") && THE_BEFORE.matcher(lowerBefore).find()
				&& words.size() > 1 && CountWords.clip(words.get(1)).equals("of");
	}

}
