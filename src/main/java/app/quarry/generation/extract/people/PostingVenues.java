package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * "writing in a blog post “…”", "on a forum, one user wrote “…”": a speaker read as "a
 * blog" or "a website" is the place where some unnamed writer posted the words, one of
 * many of its kind, not who wrote them; the quotation stays without a speaker. Described
 * people ("a spokesman", "a top official") keep their words.
 */
final class PostingVenues {

	/** Places where anyone may post words. */
	private static final Set<String> VENUES = Set.of("blog", "website", "site", "forum", "newsgroup", "board",
			"webpage", "page");

	private PostingVenues() {
	}

	static boolean venue(LocalPerson speaker) {
		if (speaker == null || speaker.spellings.isEmpty()) {
			return false;
		}
		String first = speaker.spellings.keySet().iterator().next().trim().toLowerCase(Locale.ROOT);
		String[] words = first.split("\\s+");
		return words.length >= 2 && (words[0].equals("a") || words[0].equals("an"))
				&& VENUES.contains(words[words.length - 1]);
	}

	/**
	 * The attribution, its speaker dropped when it is only where the words were posted.
	 */
	static Attribution withoutVenue(Attribution attribution) {
		return venue(attribution.speaker()) ? Attribution.unreadSpeaker() : attribution;
	}

}
