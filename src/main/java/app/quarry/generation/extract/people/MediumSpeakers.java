package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.Set;

/**
 * "writing in a blog post “…”", "said in a statement": a description headed by the medium
 * words came in (a blog, a post, a statement, a website, a letter, a report) tells where
 * they were written, never who wrote them; it is no answer to "Who said".
 */
final class MediumSpeakers {

	/** Words for what carries words, not for whoever wrote them. */
	private static final Set<String> MEDIA = NameLexicon.words("blog", "blogs", "post", "posts", "posting", "postings",
			"statement", "statements", "website", "websites", "site", "letter", "letters", "report", "reports",
			"article", "column", "editorial", "release", "document", "message", "tweet", "email", "e-mail", "memo",
			"note", "comment", "comments", "interview", "forum", "newsgroup", "webpage");

	/** Articles and determiners a description of a medium may open with. */
	private static final Set<String> OPENERS = NameLexicon.words("a", "an", "the", "one", "this", "that", "its", "his",
			"her", "their");

	private MediumSpeakers() {
	}

	/**
	 * Whether the description ("a blog", "the statement") names a medium, not a person.
	 */
	static boolean medium(String description) {
		String[] words = description.toLowerCase(Locale.ROOT).trim().split("\\s+");
		return words.length >= 2 && OPENERS.contains(words[0]) && MEDIA.contains(words[words.length - 1]);
	}

}
