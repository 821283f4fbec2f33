package app.quarry.generation.extract.people;

import java.util.List;

/**
 * Whether "he" or "she" may be someone other than the person the reading chose: another
 * person of that gender was named since the chosen one was last named, in a later
 * sentence or as a clause's subject ("Ann Roe said … . The plan drew criticism from Jane
 * Doe, an analyst. She said: “…”"). Words given to such a pronoun would be a guess, and a
 * quotation is better left without a speaker than given the wrong one.
 */
final class PronounRivals {

	private static final java.util.Set<String> AUXILIARIES = NameLexicon.words("has", "had", "was", "is", "will",
			"would", "could", "can", "did", "does", "also", "then", "later", "insisted", "went", "made", "gave", "took",
			"spoke", "told");

	/** How many sentences back a rival counts. */
	private static final int WINDOW = 6;

	private PronounRivals() {
	}

	static boolean rivalled(DocumentTokens doc, List<Mention> mentions, int pronounIndex) {
		Mention pronoun = mentions.get(pronounIndex);
		LocalPerson chosen = pronoun.person;
		if (chosen == null || pronoun.kind != Mention.Kind.PRONOUN) {
			return false;
		}
		int lastNamedSentence = -1;
		for (int j = pronounIndex - 1; j >= 0; j--) {
			Mention earlier = mentions.get(j);
			if (namesChosen(earlier, chosen)) {
				lastNamedSentence = earlier.sentence;
				break;
			}
		}
		if (lastNamedSentence >= 0 && pronoun.gender != Gender.UNKNOWN
				&& UnreadPeopleBetween.between(doc, mentions, lastNamedSentence, pronoun)) {
			return true;
		}
		for (int j = pronounIndex - 1; j >= 0; j--) {
			Mention earlier = mentions.get(j);
			if (earlier.sentence < pronoun.sentence - WINDOW) {
				return false;
			}
			if (namesChosen(earlier, chosen)) {
				// "the chairman said the cuts planned by Roe were …, he said": named
				// outside the subject, the chosen one yields to the clause's described
				// subject
				return !earlier.subject && describedSubjectBefore(doc, mentions, j, pronoun)
						|| SubjectsPassedOver.before(doc, mentions, j, pronoun);
			}
			if (ownedInTheChosensClause(mentions, j, pronoun)) {
				continue;
			}
			boolean later = earlier.sentence > lastNamedSentence || earlier.subject;
			if (later && (rival(earlier, pronoun) || describedRival(doc, earlier, pronoun))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "And he rounded on Roe's claim that …": a name only as the owner of something,
	 * after a "he" or "she" that plainly stood for the chosen person as its sentence's
	 * subject, is what that person spoke of; the focus stays on the subject.
	 */
	private static boolean ownedInTheChosensClause(List<Mention> mentions, int j, Mention pronoun) {
		Mention owner = mentions.get(j);
		if (!owner.possessive || owner.kind != Mention.Kind.NAME) {
			return false;
		}
		for (int k = j - 1; k >= 0 && mentions.get(k).sentence == owner.sentence; k--) {
			Mention subject = mentions.get(k);
			if (subject.kind == Mention.Kind.PRONOUN && subject.subject && !subject.unclearReferent
					&& subject.person == pronoun.person && subject.gender == pronoun.gender) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A described subject ("the chairman") earlier in the sentence of the mention at j.
	 */
	private static boolean describedSubjectBefore(DocumentTokens doc, List<Mention> mentions, int j, Mention pronoun) {
		int sentence = mentions.get(j).sentence;
		for (int k = j - 1; k >= 0 && mentions.get(k).sentence == sentence; k--) {
			if (describedRival(doc, mentions.get(k), pronoun)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "the chairman" as a clause's subject, outside quotation marks, whom the text never
	 * tied to the chosen person: the pronoun may stand for the one described.
	 */
	private static boolean describedRival(DocumentTokens doc, Mention earlier, Mention pronoun) {
		return earlier.kind == Mention.Kind.DESCRIPTION && earlier.subject && !earlier.inQuote && !earlier.possessive
				&& earlier.person != pronoun.person && pronoun.gender != Gender.UNKNOWN
				&& earlier.gender.agreesWith(pronoun.gender) && verbFollows(doc, earlier.endToken);
	}

	/**
	 * "the chairman said", "the minister has pledged": the description is a clause's
	 * subject, not a word used as an adjective ("the official news agency").
	 */
	private static boolean verbFollows(DocumentTokens doc, int t) {
		if (t >= doc.size() || !doc.get(t).word() || doc.boundaryBefore(t)) {
			return false;
		}
		String lower = doc.get(t).lower();
		return SpeechVerbs.isSpeechVerb(lower) || lower.endsWith("ed") || AUXILIARIES.contains(lower);
	}

	/**
	 * The chosen person named, or described ("the chancellor"), outside quotation marks.
	 */
	private static boolean namesChosen(Mention mention, LocalPerson chosen) {
		return mention.person == chosen && mention.kind != Mention.Kind.PRONOUN && !mention.inQuote;
	}

	/**
	 * A person named outside quotation marks who could be what the pronoun stands for.
	 */
	private static boolean rival(Mention earlier, Mention pronoun) {
		LocalPerson other = earlier.person;
		if (earlier.kind != Mention.Kind.NAME || other == null || other == pronoun.person || earlier.inQuote
				|| earlier.byline || earlier.unclearSurname || pronoun.gender == Gender.UNKNOWN) {
			return false;
		}
		if (other.gender != Gender.UNKNOWN) {
			return other.gender == pronoun.gender;
		}
		// a name whose gender the text never told is a rival only when written as a
		// person's full name and given a role ("shadow chancellor Jane Roe"), not a
		// place's, a company's or a product's ("the Great Plains")
		return earlier.multiWordName() && other.fullName() && !other.described && !other.roles.isEmpty()
				&& !OrganisationWords.spelledAsCompany(other);
	}

}
