package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.OrganisationFinder.ARTICLES;
import static app.quarry.generation.extract.people.OrganisationFinder.VERBS;

/**
 * Which organisation an "its" stands for: the subject of its own sentence ("General
 * Motors said it would cut jobs at its European division"), or of the sentence before
 * when its own names none, so that "its parent company" can say whose.
 */
final class ItsOwners {

	/** Words between a subject and its verb: "Acme also sold". */
	private static final Set<String> ADVERBS_BEFORE_VERB = NameLexicon.words("also", "now", "still", "recently",
			"previously", "earlier", "later");

	private static final Set<String> SENTENCE_ADVERBS = NameLexicon.words("separately", "additionally", "similarly",
			"consequently", "previously", "currently", "finally", "recently", "earlier", "later", "yesterday", "today",
			"elsewhere", "overall", "nonetheless", "nevertheless", "likewise", "accordingly", "initially");

	private ItsOwners() {
	}

	/**
	 * The organisation "its" at {@code its} stands for: the subject of its own sentence
	 * ("The US car manufacturer General Motors said that it would ... its"), or, when
	 * nothing before "its" in the sentence names one, the subject of the sentence before
	 * ("Airbus has announced ... The news comes as its parent company, EADS").
	 */
	static String ownerOfIts(DocumentTokens doc, int its) {
		int sentenceStart = its;
		while (sentenceStart > 0 && !doc.boundaryBefore(sentenceStart)) {
			sentenceStart--;
		}
		if (its > sentenceStart && inLeadIn(doc, sentenceStart, its)) {
			// "Despite problems in its paper business, Acme Corp. posted": the lead-in's
			// "its" is the company the sentence goes on to name, not one before it
			return null;
		}
		String subject = subjectOf(doc, sentenceStart, its);
		if (subject != null || sentenceStart == 0) {
			return subject;
		}
		int previous = sentenceStart - 1;
		while (previous > 0 && !doc.boundaryBefore(previous)) {
			previous--;
		}
		return subjectOf(doc, previous, sentenceStart);
	}

	/**
	 * Whether {@code its} lies in a phrase that opens the sentence with a preposition or
	 * a conjunction ("Despite ...,", "After ...,") before its first comma.
	 */
	private static boolean inLeadIn(DocumentTokens doc, int sentenceStart, int its) {
		if (!NameLexicon.FUNCTION_WORDS.contains(doc.get(sentenceStart).lower())
				|| ARTICLES.contains(doc.get(sentenceStart).lower())) {
			return false;
		}
		for (int t = sentenceStart + 1; t < its; t++) {
			if (doc.get(t).is(",")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The capitalized run among the first words of the sentence that starts at
	 * {@code from}, followed by its verb or an apposition, or null; a place ("US") only
	 * qualifies the subject.
	 */
	private static String subjectOf(DocumentTokens doc, int from, int before) {
		for (int t = from; t < Math.min(before, from + 6); t++) {
			Token token = doc.get(t);
			if (!token.capitalized() || ARTICLES.contains(token.lower())) {
				continue;
			}
			if (t == from && opener(doc, t)) {
				continue; // "Meanwhile, Acme said its unit": the adverb is no subject
			}
			int end = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, t));
			if (OrganisationNameRuns.placeOrPeople(doc, t, end)) {
				t = end - 1;
				continue;
			}
			if (end >= before || end >= doc.size()) {
				return null;
			}
			Token next = doc.get(end);
			if (ADVERBS_BEFORE_VERB.contains(next.lower()) && end + 1 < before) {
				next = doc.get(end + 1); // "Acme also sold ... to its parent"
			}
			boolean verbOrApposition = next.is(",") || next.word() && !next.capitalized()
					&& (VERBS.contains(next.lower()) || SpeechVerbs.isSpeechVerb(next.lower()));
			return verbOrApposition && !NameFinder.isPossessiveMark(next) ? doc.span(t, end) : null;
		}
		return null;
	}

	/**
	 * "Meanwhile,", "Separately,", "However,": a word that opens the sentence with a
	 * comma and is an adverb or a link, not a name.
	 */
	private static boolean opener(DocumentTokens doc, int t) {
		String lower = doc.get(t).lower();
		return t + 1 < doc.size() && doc.get(t + 1).is(",")
				&& (NameLexicon.FUNCTION_WORDS.contains(lower) || SENTENCE_ADVERBS.contains(lower));
	}

}
