package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe recalled Doe saying: “…”", "She heard Doe say “…”": a name after a verb of hearing
 * or recalling and right before a speech verb's participle or bare form, with no comma
 * between, is that verb's subject, whoever recalls or hears it.
 */
final class SpeakersHeardSaying {

	/** Forms of a speech verb that take the name before them as their own subject. */
	private static final Set<String> NON_FINITE = NameLexicon.words("saying", "say", "telling", "tell", "shout",
			"shouting", "asking", "ask", "warning", "warn");

	/** Verbs whose object may be the subject of the speech after it: "heard Doe say". */
	private static final Set<String> PERCEIVING = NameLexicon.words("heard", "hear", "hears", "overheard", "recalled",
			"recalls", "recall", "remembered", "remembers", "remember", "saw", "see", "sees", "watched", "imagined",
			"imagine", "pictured");

	/** Words of a role between the verb and the name: "heard fire officer Doe". */
	private static final int MAX_ROLE_WORDS = 3;

	private SpeakersHeardSaying() {
	}

	/** The one named right before the non-finite speech verb, or null. */
	static Mention speaker(DocumentPeople people, int verb) {
		DocumentTokens doc = people.doc;
		if (verb < 1 || !NON_FINITE.contains(doc.get(verb).lower()) || doc.boundaryBefore(verb)) {
			return null;
		}
		Mention named = people.index.mentionEndingAt(verb - 1);
		if (named == null || named.possessive || named.firstToken == 0 || doc.boundaryBefore(named.phraseStartToken)) {
			return null; // a name opening its sentence is its subject anyway
		}
		// only after a verb of hearing or recalling is the name the participle's subject,
		// past a role ("recalled paramedic Doe saying"); "critics such as Doe saying,
		// “…”"
		// leaves the participle to the main clause
		for (int t = named.phraseStartToken - 1; t >= 0 && t >= named.phraseStartToken - 1 - MAX_ROLE_WORDS
				&& !doc.boundaryBefore(t + 1) && doc.get(t).word(); t--) {
			if (PERCEIVING.contains(doc.get(t).lower())) {
				return named;
			}
		}
		return null;
	}

}
