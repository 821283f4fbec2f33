package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the references to people that carry no name: pronouns ("she", "his") and definite
 * descriptions ending in a role noun ("the professor", "the North Korean leader").
 */
final class ReferenceFinder {

	private static final Map<String, Gender> PRONOUNS = Map.of("he", Gender.MALE, "him", Gender.MALE, "his",
			Gender.MALE, "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE);

	private static final int MAX_MODIFIERS = 3;

	private ReferenceFinder() {
	}

	static List<Mention> find(DocumentTokens doc) {
		List<Mention> references = new ArrayList<>();
		int n = doc.size();
		for (int i = 0; i < n; i++) {
			Token token = doc.get(i);
			if (!token.word()) {
				continue;
			}
			String lower = token.lower();
			Gender gender = PRONOUNS.get(lower);
			if (gender != null) {
				Mention pronoun = new Mention(Mention.Kind.PRONOUN, i, i + 1, token.start(), token.end(), token.text());
				pronoun.gender = gender;
				// "his", "her": a determiner or an object, never the subject of a verb
				pronoun.possessive = lower.equals("his") || lower.equals("her") || lower.equals("hers")
						|| lower.equals("him");
				references.add(pronoun);
			}
			else if (lower.equals("the")) {
				Mention description = description(doc, i);
				if (description != null) {
					references.add(description);
				}
			}
		}
		return references;
	}

	private static Mention description(DocumentTokens doc, int the) {
		for (int t = the + 1; t < doc.size() && t <= the + MAX_MODIFIERS + 1; t++) {
			Token token = doc.get(t);
			if (!token.word() || doc.boundaryBefore(t)) {
				return null;
			}
			String lower = token.lower();
			if (roleNoun(lower) && !token.capitalized() || roleNoun(lower) && t == the + 1) {
				if (t + 1 < doc.size() && (doc.get(t + 1).nameLike() || doc.get(t + 1).lower().equals("of")
						|| NameLexicon.ROLE_NOUNS.contains(doc.get(t + 1).lower()))) {
					return null; // a title before a name, or "the sister of ...", or a
									// compound
				}
				Token first = doc.get(the);
				int end = DoubledPosts.end(doc, t + 1);
				if (end > t + 1) {
					// "the chairman and chief executive": one person, told by the second
					// post
					t = end - 1;
					token = doc.get(t);
					lower = token.lower();
				}
				Mention mention = new Mention(Mention.Kind.DESCRIPTION, the, t + 1, first.start(), token.end(),
						doc.span(the, t + 1));
				mention.gender = NameLexicon.FEMALE_WORDS.contains(lower) ? Gender.FEMALE
						: NameLexicon.MALE_WORDS.contains(lower) ? Gender.MALE : Gender.UNKNOWN;
				mention.possessive = t + 1 < doc.size() && NameFinder.isPossessiveMark(doc.get(t + 1));
				return mention;
			}
			if (NameLexicon.FUNCTION_WORDS.contains(lower) && !lower.equals("top") && !lower.equals("former")) {
				return null;
			}
		}
		return null;
	}

	/**
	 * "policeman", and "ex-policeman": the prefix says the office was held before, as
	 * "former" does, and the description is still one of that role's holder.
	 */
	private static boolean roleNoun(String lower) {
		return NameLexicon.ROLE_NOUNS.contains(lower)
				|| lower.startsWith("ex-") && NameLexicon.ROLE_NOUNS.contains(lower.substring(3));
	}

}
