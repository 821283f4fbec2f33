package app.quarry.generation;

import app.quarry.bank.BankQuestion;
import app.quarry.bank.QuestionFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A post held at the time the story tells of: "Jane Roe, then-Norland ambassador to
 * Ruritania". "Who is Jane Roe?" would say she holds it still; asked in the past, "at the
 * time", the card is true. Only the card that names the person is asked: among the people
 * of a corpus, the post may have passed to another.
 */
final class ThenRoles {

	/** Partners "then-" is written before: no post, and one with another end. */
	private static final Set<String> PARTNERS = Set.of("girlfriend", "boyfriend", "partner", "fiancee", "fiancée",
			"fiance", "fiancé", "spouse", "lover");

	private static final Pattern UNFINISHED = Pattern.compile("(?i)\\b(?:of|at|to|for|in|on|by|and|or|the|a|an)$");

	private static final int MOST_WORDS = 15;

	/**
	 * "then-mayor", "then-President": a bare title says no post a learner could tell from
	 * another ("mayor" of where?), and "at the time" names no time either.
	 */
	private static final int FEWEST_WORDS = 2;

	private ThenRoles() {
	}

	static List<BankQuestion> of(FactSite site, String name, String post) {
		String lower = post.toLowerCase(Locale.ROOT);
		if (post.isBlank() || !Character.isUpperCase(name.charAt(0)) || PersonQuestions.bareKin(post)
				|| PARTNERS.stream().anyMatch(p -> lower.equals(p) || lower.endsWith(" " + p))
				|| Prose.words(post) > MOST_WORDS || Prose.words(post) < FEWEST_WORDS || Prose.mentions(post, name)
				|| UNFINISHED.matcher(post).find()) {
			return List.of();
		}
		BankQuestion card = site.question(QuestionFormat.FLASHCARD, "Who was " + name + " at the time?", post, post,
				List.of(post, "then-" + post), List.of(), null);
		return card == null ? List.of() : List.of(card);
	}

}
