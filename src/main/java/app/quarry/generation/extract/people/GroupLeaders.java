package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The company that leads a group the text names before it: "a group of insurers, led by
 * Halden Re," and "an investor group led by Brovo Partners" make each the leader of that
 * group ("the leader of a group of insurers"). The group must be named by a noun for a
 * group, with an article, right before "led by", so that "led by" after a verb ("the
 * rally was led by") is left alone.
 */
final class GroupLeaders {

	private static final Set<String> GROUPS = NameLexicon.words("group", "consortium", "syndicate", "coalition", "team",
			"alliance");

	/** "a group of insurers", "an investor group": the longest group phrase read. */
	private static final int MAX_GROUP_TOKENS = 6;

	private GroupLeaders() {
	}

	/** "the leader of a group of insurers" for the name at {@code start}, or null. */
	static String ledBy(DocumentTokens doc, int start, int end) {
		int led = start - 2;
		if (led < 3 || !doc.get(start - 1).lower().equals("by") || !doc.get(led).lower().equals("led")
				|| doc.boundaryBefore(start) || doc.boundaryBefore(start - 1) || !closed(doc, end)) {
			return null;
		}
		int groupEnd = doc.get(led - 1).is(",") ? led - 1 : led;
		if (doc.boundaryBefore(groupEnd)) {
			return null;
		}
		int noun = groupEnd - 1;
		int plural = -1;
		if (noun >= 2 && doc.get(noun - 1).lower().equals("of") && GROUPS.contains(doc.get(noun - 2).lower())) {
			plural = noun; // "a group of insurers"
			noun -= 2;
		}
		if (noun < 1 || !GROUPS.contains(doc.get(noun).lower()) || doc.get(noun).capitalized()
				|| plural >= 0 && (!doc.get(plural).word() || doc.get(plural).capitalized()
						|| !doc.get(plural).lower().endsWith("s"))) {
			return null;
		}
		int article = noun - 1;
		while (article > 0 && noun - article < MAX_GROUP_TOKENS && !doc.boundaryBefore(article + 1)
				&& !OrganisationFinder.ARTICLES.contains(doc.get(article).lower())) {
			Token token = doc.get(article);
			if (!token.word() && !token.is("-") || token.capitalized()
					|| OrganisationFinder.VERBS.contains(token.lower())
					|| NameLexicon.PREPOSITIONS.contains(token.lower())) {
				return null;
			}
			article--;
		}
		// "the group, led by" says no more than "the leader of the group": a group that
		// says what it gathers is asked
		if (!OrganisationFinder.ARTICLES.contains(doc.get(article).lower()) || doc.boundaryBefore(article + 1)
				|| groupEnd - article < 3) {
			return null;
		}
		String group = doc.span(article, groupEnd);
		return "the leader of " + group.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + group.substring(1);
	}

	/** The name ends the phrase: a comma, the sentence's end, or a verb follows it. */
	private static boolean closed(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		return next.is(",") || next.is(".") || next.is(";") || next.word() && !next.capitalized()
				&& !next.lower().equals("and") && !next.lower().equals("of") && !next.lower().equals("&");
	}

}
