package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Set;

/**
 * "Tom Hale was charged with attacking cellmate Dan Brodie", "Tom Hale and wife Ann
 * arrived": a noun of a relation written bare before a name, with no "his" to say whose,
 * is a relation to the person the sentence opens with. On its own "cellmate" or "wife"
 * has lost its other end; the sentence's subject is that end.
 */
final class RelationsOwnedBySubject {

	/** Relations a person holds to another, not a post or a kind of person on its own. */
	private static final Set<String> RELATIONS = NameLexicon.words("teammate", "team-mate", "cellmate", "classmate",
			"roommate", "flatmate", "housemate", "bandmate", "workmate", "schoolmate", "shipmate", "clubmate", "wife",
			"husband", "son", "daughter", "brother", "sister", "father", "mother", "stepson", "stepdaughter",
			"girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé");

	private RelationsOwnedBySubject() {
	}

	/**
	 * The named person who opens the sentence and owns the bare relation before
	 * {@code name}, or null when the role is no bare relation, no full name opens the
	 * sentence, or another name stands between them and might be its owner.
	 */
	static Mention owner(DocumentTokens doc, List<Mention> mentions, Mention name) {
		if (name.role == null || !RELATIONS.contains(name.role) || name.phraseStartToken + 1 != name.firstToken
				|| name.inQuote) {
			return null;
		}
		int start = doc.sentenceStart(name.firstToken);
		Mention subject = null;
		for (Mention other : mentions) {
			if (other == name || other.firstToken < start || other.firstToken >= name.firstToken) {
				continue;
			}
			if (other.kind != Mention.Kind.NAME || subject != null || other.phraseStartToken != start) {
				// "Tom Hale told Jim Roe about wife Ann": whose wife is no longer sure
				return null;
			}
			subject = other;
		}
		return subject != null && !subject.possessive && subject.person != null && subject.person.fullName()
				&& subject.person != name.person ? subject : null;
	}

}
