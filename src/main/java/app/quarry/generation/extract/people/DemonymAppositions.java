package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * An apposition that says where someone is from and what people they belong to: "Jane
 * Roe, an Iraqi Kurd living in Leeds," or "Tom Vane, a Swiss national,". The people's
 * noun after the nationality is capitalized as often as not ("Kurd", "Sikh"), which makes
 * the phrase look like a name to the rules for roles; the nationality word before it
 * shows it is a description.
 */
final class DemonymAppositions {

	private static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	private static final int MAX_TOKENS = 10;

	private DemonymAppositions() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int comma = name.endToken;
		int article = comma + 1;
		if (article + 2 >= doc.size() || !doc.get(comma).is(",") || doc.boundaryBefore(article)
				|| doc.boundaryBefore(article + 1) || doc.boundaryBefore(article + 2)
				|| !INDEFINITE.contains(doc.get(article).lower()) || !Demonyms.is(doc.get(article + 1))
				|| !doc.get(article + 2).word()) {
			return;
		}
		int end = SubjectActs.clauseEnd(doc, article + 2);
		if (end <= article + 2 || end - article > MAX_TOKENS || end >= doc.size()
				|| !doc.get(end).is(",") && !doc.get(end).is(".")) {
			return;
		}
		for (int t = article + 3; t < end; t++) {
			String lower = doc.get(t).lower();
			if (SubjectActs.pronoun(lower) || SpeechVerbs.isSpeechVerb(lower) || RoleWords.VERBS.contains(lower)) {
				return; // "a French firm said": the clause goes on
			}
		}
		String role = doc.span(article, end);
		name.appositionEndToken = end;
		name.role = name.role == null ? role : name.role;
		name.appositionRole = role;
	}

}
