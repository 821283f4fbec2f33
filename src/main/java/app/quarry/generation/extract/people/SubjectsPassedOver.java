package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Set;

/**
 * "Jane Roe said she was glad. The singer was met at the station by the mayor and his
 * wife, Mary Lee. “…,” she said.", "Roe denied it. When challenged by Ann Lee, she said
 * “…”": a "he" or "she" goes on with the subject in focus, not with someone named since
 * only as the agent after "by" or as an object. When the person chosen for the pronoun
 * was last named that way, and another person of the pronoun's gender was a subject in
 * that sentence or the one before it, the pronoun may stand for either, and words given
 * to it would be a guess.
 */
final class SubjectsPassedOver {

	/** How many sentences before the chosen one's mention a subject still holds focus. */
	private static final int FOCUS_SENTENCES = 1;

	/** How far back from a name its "by" may stand ("by the mayor and his wife, Roe"). */
	private static final int AGENT_PHRASE_WORDS = 8;

	/** Words that may stand between "by" and the name of the one it introduces. */
	private static final Set<String> AGENT_PHRASE_WORDS_ALLOWED = NameLexicon.words("the", "a", "an", "and", "his",
			"her", "their", "its", "both", "then", "former", "new", "first");

	private SubjectsPassedOver() {
	}

	/**
	 * Whether a subject of the pronoun's gender, other than the chosen person, stands
	 * shortly before the mention at {@code chosenIndex}, which named the chosen person
	 * outside any subject.
	 */
	static boolean before(DocumentTokens doc, List<Mention> mentions, int chosenIndex, Mention pronoun) {
		Mention chosen = mentions.get(chosenIndex);
		if (!pronoun.subject || pronoun.gender == Gender.UNKNOWN || chosen.subject && !agentAfterBy(doc, chosen)
				&& !objectClosingSentence(doc, chosen) && !ReportedClauseSubjects.reported(doc, chosen)) {
			return false;
		}
		for (int k = chosenIndex + 1; k < mentions.size() && mentions.get(k) != pronoun; k++) {
			Mention since = mentions.get(k);
			if (since.person == chosen.person && since.subject && !since.inQuote && !since.unclearReferent) {
				return false; // "In 1832 he travelled west": the chosen one came into
								// focus
			}
		}
		for (int k = chosenIndex - 1; k >= 0; k--) {
			Mention earlier = mentions.get(k);
			if (earlier.sentence < chosen.sentence - FOCUS_SENTENCES) {
				return false;
			}
			if (earlier.person == chosen.person && earlier.subject) {
				return false; // the chosen one was in focus as well
			}
			if (subjectOfGender(earlier, pronoun)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "was greeted by the mayor and his wife, Mary Lee": a name in the phrase after "by",
	 * which no verb follows as its own.
	 */
	static boolean agentAfterBy(DocumentTokens doc, Mention mention) {
		int after = mention.endToken;
		if (after < doc.size() && !doc.boundaryBefore(after) && doc.get(after).word()
				&& !doc.get(after).lower().equals("and")) {
			return false; // "by Roe, Jane Lee said": the name opens its own clause
		}
		for (int t = mention.phraseStartToken - 1; t >= 0 && t >= mention.phraseStartToken - AGENT_PHRASE_WORDS; t--) {
			if (doc.boundaryBefore(t + 1)) {
				return false;
			}
			Token token = doc.get(t);
			if (token.lower().equals("by")) {
				return true;
			}
			if (token.word() && !token.capitalized() && !AGENT_PHRASE_WORDS_ALLOWED.contains(token.lower())
					&& !nounLike(token.lower())) {
				return false;
			}
			if (!token.word() && !token.is(",")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "… released a statement on the death of her old friend Mary Lee.": a name that
	 * closes its sentence with no verb after it, and no speech verb before it ("…, said
	 * Mary Lee."), ends the clause as an object, whatever a quotation mark before it made
	 * it look like.
	 */
	static boolean objectClosingSentence(DocumentTokens doc, Mention mention) {
		int after = mention.endToken;
		boolean closes = after >= doc.size() || doc.boundaryBefore(after)
				|| doc.get(after).is(".") && (after + 1 >= doc.size() || doc.boundaryBefore(after + 1));
		int before = mention.phraseStartToken - 1;
		return closes && before > 0 && !doc.boundaryBefore(before + 1)
				&& !SpeechVerbs.isSpeechVerb(doc.get(before).lower());
	}

	/**
	 * A lower-case word that may head or qualify the noun phrase after "by" ("wife",
	 * "mayor", "party leader"), not a verb or a function word that would open a clause.
	 */
	private static boolean nounLike(String lower) {
		return PersonNounLexicon.contains(lower)
				|| !lower.endsWith("ed") && !lower.endsWith("ing") && !NameLexicon.FUNCTION_WORDS.contains(lower)
						&& !NameLexicon.PREPOSITIONS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower);
	}

	/**
	 * A subject outside quotation marks who may be the pronoun's: a person of its gender,
	 * a person the text named in full, whose gender it has not told ("Íngrid Roe"), or
	 * one only described ("The veteran politician was greeted …").
	 */
	private static boolean subjectOfGender(Mention earlier, Mention pronoun) {
		if (!earlier.subject || earlier.inQuote || earlier.byline || earlier.possessive
				|| earlier.kind == Mention.Kind.PRONOUN && (earlier.unclearReferent || earlier.person == null)) {
			return false;
		}
		LocalPerson other = earlier.person;
		if (other == pronoun.person && other != null) {
			return false;
		}
		Gender gender = other != null ? other.gender : earlier.gender;
		if (gender != Gender.UNKNOWN) {
			return gender == pronoun.gender;
		}
		if (earlier.kind == Mention.Kind.DESCRIPTION) {
			return other == null || !OrganisationWords.spelledAsCompany(other);
		}
		return earlier.kind == Mention.Kind.NAME && other != null && !other.namedAfterArticle
				&& (PeopleOfUntoldGender.namedInFull(other)
						|| other.fullName() && !other.described && !OrganisationWords.spelledAsCompany(other)
								&& (!other.roles.isEmpty() || givenNameOfEitherSex(earlier, pronoun)));
	}

	/** "Lars Eide spoke first": a name opening with a given name the pronoun may fit. */
	private static boolean givenNameOfEitherSex(Mention name, Mention pronoun) {
		String first = name.surface.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
		Gender recorded = GivenNames.recordedSex(first);
		return name.multiWordName() && GivenNames.known(first)
				&& (recorded == Gender.UNKNOWN || recorded == pronoun.gender);
	}

}
