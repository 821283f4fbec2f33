package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Acme said the chip was “very fast”", "Acme said Blaze was “platform neutral”": two
 * quoted words right after a copula, in a clause the speaker reports whose subject is a
 * thing, are what the speaker calls that thing. A party as the subject ("said the union
 * was …", "said Roe had …") may be quoted instead, so only a subject that names no one
 * and speaks for no one counts.
 */
final class JudgementsOfAThing {

	private static final Set<String> COPULAS = NameLexicon.words("is", "was", "are", "were", "be", "remains",
			"remained", "looks", "looked", "seems", "seemed");

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an");

	/** The longest subject such a clause may have: "the new version of the chip". */
	private static final int SUBJECT_WORDS = 5;

	private JudgementsOfAThing() {
	}

	/** Whether the quotation opening at the token is such a judgement. */
	static boolean judged(DocumentPeople people, AttributionClauses clauses, int open) {
		DocumentTokens doc = people.doc;
		int copula = open - 1;
		if (copula > 0 && ARTICLES.contains(doc.get(copula).lower())) {
			copula--;
		}
		if (copula < 2 || doc.boundaryBefore(copula + 1) || !COPULAS.contains(doc.get(copula).lower())) {
			return false;
		}
		for (int t = copula - 1; t > 0 && t >= copula - 1 - SUBJECT_WORDS; t--) {
			Token token = doc.get(t);
			if (doc.boundaryBefore(t + 1) || !token.word() && !NameFinder.isPossessiveMark(token)) {
				return false;
			}
			if (clauses.speechVerbAt(t)) {
				return t + 1 < copula && subjectIsAThing(people, t + 1, copula);
			}
		}
		return false;
	}

	private static boolean subjectIsAThing(DocumentPeople people, int from, int to) {
		DocumentTokens doc = people.doc;
		int start = doc.get(from).lower().equals("that") ? from + 1 : from;
		if (start >= to) {
			return false;
		}
		for (int t = start; t < to; t++) {
			Token token = doc.get(t);
			Mention mention = people.index.mentionStartingAt(t);
			boolean person = mention != null && (mention.kind != Mention.Kind.NAME || mention.person.fullName()
					|| !mention.person.roles.isEmpty() || mention.person.gender != Gender.UNKNOWN);
			if (person || token.word() && SourceSpeakers.speaks(token.lower()) && !token.capitalized()) {
				return false;
			}
		}
		return !SourceSpeakers.speaks(doc.get(to - 1).lower());
	}

}
