package app.quarry.generation.extract;

import java.util.List;

/**
 * "Town marks 50th anniversary of bridge": a headline drops the article, yet an ordinal
 * before "anniversary" still counts the anniversaries (years) of something, whatever
 * stands before it.
 */
final class HeadlineAnniversaries {

	private HeadlineAnniversaries() {
	}

	/** Whether the words after an ordinal open with "anniversary". */
	static boolean anniversary(List<String> words) {
		return !words.isEmpty() && CountWords.clip(words.get(0)).equals("anniversary");
	}

}
