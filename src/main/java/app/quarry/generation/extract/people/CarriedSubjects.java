package app.quarry.generation.extract.people;

/**
 * Whom a description opening a sentence may carry on, for
 * {@link DescriptionsCarryingOnSubjects}: the person the sentence before is about, as the
 * subject of its verb. That person is named there first ("Tom Marsh won in Oslo. The
 * world champion said ..."), or was named in the sentence before it and is carried on in
 * between by a clear "he" or "she" opening the sentence ("Tom Marsh won in Oslo. He had
 * been ill. The world champion said ..."): a chain of subjects a reader follows without a
 * second thought. Nowhere may another person the story had named before stand beside the
 * subject, for then either may be meant.
 */
final class CarriedSubjects {

	/** Words of a title or a country before a name that opens a sentence, at most. */
	private static final int MAX_TITLE_WORDS = 4;

	private CarriedSubjects() {
	}

	/**
	 * The person the sentence before {@code sentence} is about, as its subject, or null
	 * when it is no one's in particular.
	 */
	static LocalPerson previous(DocumentPeople people, int sentence) {
		Mention opening = openingPronoun(people, sentence - 1);
		if (opening == null) {
			return namedSubject(people, sentence - 1);
		}
		// "He had been ill.": the pronoun carries on the subject named just before
		LocalPerson named = namedSubject(people, sentence - 2);
		return named != null && named == opening.person && !othersIn(people, sentence - 1, named) ? named : null;
	}

	/**
	 * The person named first in {@code sentence} as the subject of its verb, when no
	 * other person named before that sentence is in it.
	 */
	private static LocalPerson namedSubject(DocumentPeople people, int sentence) {
		LocalPerson subject = null;
		for (Mention mention : people.mentions) {
			int at = people.doc.sentence[mention.firstToken];
			if (at != sentence || mention.person == null) {
				continue;
			}
			if (mention.kind != Mention.Kind.NAME) {
				if (subject == null) {
					return null; // "He beat Tom Roe": the subject is no name
				}
				continue;
			}
			if (subject == null) {
				if (!mention.subject && !opensSentence(people.doc, mention) || mention.possessive || mention.inQuote
						|| mention.byline) {
					return null;
				}
				subject = mention.person;
			}
			else if (mention.person != subject && namedBefore(people, mention.person, sentence)) {
				// "Coach Al Fox has put Roe back on track.": either may be meant
				return null;
			}
		}
		return subject;
	}

	/**
	 * A "he" or "she" that opens {@code sentence} as its subject and is resolved, with no
	 * rival of the same gender named since its person; null otherwise.
	 */
	private static Mention openingPronoun(DocumentPeople people, int sentence) {
		for (Mention mention : people.mentions) {
			if (people.doc.sentence[mention.firstToken] != sentence) {
				continue;
			}
			boolean opens = mention.kind == Mention.Kind.PRONOUN && people.doc.startsSentence[mention.firstToken]
					&& !mention.possessive && !mention.inQuote && mention.person != null && !mention.unclearReferent;
			return opens ? mention : null;
		}
		return null;
	}

	/**
	 * "Teenager Jon Hale ran ...", "Britain's Tom Marsh won ...": a name that opens its
	 * sentence, with its title or its country, before a verb.
	 */
	private static boolean opensSentence(DocumentTokens doc, Mention mention) {
		int end = mention.endToken;
		if (end >= doc.size() || NameFinder.isPossessiveMark(doc.get(end))) {
			return false;
		}
		int start = mention.firstToken;
		while (start > 0 && !doc.startsSentence[start]) {
			start--;
		}
		int comma = mention.firstToken - 1;
		if (comma > start && doc.get(comma).is(",") && openingPhrase(doc, start, comma)) {
			// "Speaking in York, Lyn Marsh said": where or when, then the subject
			return DescriptionsCarryingOnSubjects.verbAfter(doc, start, afterApposition(doc, end));
		}
		if (mention.firstToken - start > MAX_TITLE_WORDS) {
			return false;
		}
		for (int k = start; k < mention.firstToken; k++) {
			Token token = doc.get(k);
			boolean possessive = NameFinder.isPossessiveMark(token);
			if (!possessive && (!token.word() || NameLexicon.FUNCTION_WORDS.contains(token.lower()))) {
				return false; // "After the game Tom Marsh said": no title of his
			}
		}
		return DescriptionsCarryingOnSubjects.verbAfter(doc, start, afterApposition(doc, end));
	}

	/** Tokens of a phrase of place, time or manner opening a sentence, at most. */
	private static final int MAX_OPENING_PHRASE = 9;

	/** Prepositions that open a phrase of place or time before the subject. */
	private static final java.util.Set<String> OPENERS = NameLexicon.words("in", "at", "on", "after", "during",
			"earlier", "later", "speaking", "writing", "addressing", "following", "before", "upon", "outside", "inside",
			"when", "asked", "meanwhile", "separately", "yesterday", "today", "last", "this");

	/**
	 * "Speaking in York,", "On Friday,", "In a statement,": a short phrase from
	 * {@code start} to the comma at {@code comma}, of words and no other mark.
	 */
	static boolean openingPhrase(DocumentTokens doc, int start, int comma) {
		if (comma - start > MAX_OPENING_PHRASE || !OPENERS.contains(doc.get(start).lower())) {
			return false;
		}
		for (int k = start; k < comma; k++) {
			if (!doc.get(k).word()) {
				return false;
			}
		}
		return true;
	}

	/** Tokens of an apposition set off after a name, at most. */
	private static final int MAX_APPOSITION = 10;

	/**
	 * "Sara Quill, chief executive of Acme, said": where the verb stands after the
	 * apposition that sets off a name ending at {@code end}, or {@code end} when none
	 * does.
	 */
	private static int afterApposition(DocumentTokens doc, int end) {
		if (end >= doc.size() || !doc.get(end).is(",")) {
			return end;
		}
		for (int k = end + 1; k < doc.size() && k - end <= MAX_APPOSITION && !doc.boundaryBefore(k); k++) {
			if (doc.get(k).is(",")) {
				return k + 1 > end + 1 ? k + 1 : end;
			}
			if (!doc.get(k).word() && !doc.get(k).is("-") && !doc.get(k).is("'")) {
				return end;
			}
		}
		return end;
	}

	/** Whether a person other than {@code person} is named in {@code sentence}. */
	static boolean othersIn(DocumentPeople people, int sentence, LocalPerson person) {
		return people.mentions.stream()
			.anyMatch(mention -> mention.kind == Mention.Kind.NAME && mention.person != null && mention.person != person
					&& people.doc.sentence[mention.firstToken] == sentence);
	}

	private static boolean namedBefore(DocumentPeople people, LocalPerson person, int sentence) {
		for (Mention mention : people.mentions) {
			if (mention.person == person && people.doc.sentence[mention.firstToken] < sentence) {
				return true;
			}
		}
		return false;
	}

}
