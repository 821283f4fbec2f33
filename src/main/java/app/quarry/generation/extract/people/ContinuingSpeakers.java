package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A "he" or "she" that opens a sentence and says something ("He said: “…”", "And she
 * added that …") where the reading found no clear referent. Two shapes tell who it is:
 * <ul>
 * <li>the speaker goes on: "Mr Roe said the deal with Tom Lee was off. He said: “…”" is
 * Mr Roe, whom the sentence before made its speaker; the people named inside his reported
 * words are what he spoke of, not who speaks next;</li>
 * <li>a new voice is brought in: "One dissenting view came from Tom Lee, an analyst at
 * Acme. He said: “…”" is Tom Lee, whom the sentence before named for the first time and
 * who is the only one of that gender it names.</li>
 * </ul>
 * The speaker's name may carry a role set off by commas before the verb ("Mr Roe, the
 * Acme chief, said …"). Either way the sentence before must point to one person only, of
 * the pronoun's gender; otherwise the pronoun stays unresolved.
 */
final class ContinuingSpeakers {

	/** Words that may stand between a subject and its speech verb: "he also said". */
	private static final Set<String> BEFORE_VERB = NameLexicon.words("also", "has", "had", "later", "then", "again",
			"further", "earlier", "previously", "would", "will", "has", "once");

	/** Conjunctions that may open the pronoun's sentence: "And he added …". */
	private static final Set<String> OPENERS = NameLexicon.words("and", "but", "so", "then");

	private final DocumentPeople people;

	private final DocumentTokens doc;

	ContinuingSpeakers(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
	}

	/** The person the pronoun stands for by one of the two shapes, or null. */
	LocalPerson of(Mention pronoun) {
		if (pronoun.kind != Mention.Kind.PRONOUN || pronoun.inQuote || pronoun.possessive
				|| pronoun.gender == Gender.UNKNOWN || !opensSentence(pronoun.firstToken)
				|| speechVerbAfter(pronoun.endToken) < 0) {
			return null;
		}
		int previous = pronoun.sentence - 1;
		if (previous < 0) {
			return null;
		}
		LocalPerson speaker = speakerOf(previous, pronoun);
		if (speaker != null) {
			return speaker == NOBODY ? null : speaker;
		}
		return introducedIn(previous, pronoun);
	}

	/** Marks a sentence with more than one speaker: no single one goes on. */
	private static final LocalPerson NOBODY = new LocalPerson("nobody", "nobody");

	/**
	 * The one person who speaks in the sentence: the subject of a reporting verb ("Roe
	 * said", "he told") or the speaker of a quotation there. NOBODY when two people of
	 * the pronoun's gender speak there or the one who speaks is not of it.
	 */
	private LocalPerson speakerOf(int sentence, Mention pronoun) {
		LocalPerson found = null;
		boolean unclear = false;
		for (Mention mention : this.people.mentions) {
			if (mention.sentence != sentence || mention.inQuote || mention.possessive || mention.person == null
					|| mention.start >= pronoun.start) {
				continue;
			}
			int verb = speechVerbAfter(pastApposition(mention));
			if (verb < 0 || !SpeechVerbs.reportsWhatWasSaid(this.doc.get(verb).lower())) {
				continue;
			}
			if (mention.unclearReferent || mention.unclearSurname) {
				unclear = true; // unless a quotation there tells who it is
			}
			else {
				found = one(found, mention.person);
			}
		}
		for (var entry : this.people.attributions.entrySet()) {
			LocalPerson speaker = entry.getValue().speaker();
			if (speaker != null && entry.getValue().quotation()
					&& this.people.sentenceOfClose(entry.getKey()) == sentence) {
				found = one(found, speaker);
			}
		}
		if (found == null || found == NOBODY) {
			return unclear ? NOBODY : found;
		}
		return (found.gender == pronoun.gender || untoldGender(found)) && !found.described ? found : NOBODY;
	}

	/**
	 * "Raila Roe, the prime minister, said …. He said …": a person named in full with a
	 * role, whose gender the text never told, may be the one the pronoun goes on with; an
	 * organisation's name, which has no role, may not.
	 */
	private static boolean untoldGender(LocalPerson person) {
		return person.gender == Gender.UNKNOWN && person.fullName() && !person.roles.isEmpty()
				&& !OrganisationWords.spelledAsCompany(person);
	}

	/**
	 * Where the subject's verb may stand: right after the name, or after the role set off
	 * by commas behind it ("Roe, the Acme chief, has said"), which does not change who
	 * speaks.
	 */
	private int pastApposition(Mention mention) {
		int end = mention.appositionEndToken;
		if (end <= mention.endToken) {
			return mention.endToken;
		}
		return end < this.doc.size() && this.doc.get(end).is(",") ? end + 1 : end;
	}

	private static LocalPerson one(LocalPerson found, LocalPerson person) {
		return found == null || found == person ? person : NOBODY;
	}

	/**
	 * The person the sentence names for the first time in the document, when no one else
	 * of the pronoun's gender is named there.
	 */
	private LocalPerson introducedIn(int sentence, Mention pronoun) {
		LocalPerson found = null;
		for (Mention mention : this.people.mentions) {
			if (mention.sentence != sentence || mention.inQuote || mention.person == null) {
				continue;
			}
			LocalPerson person = mention.person;
			if (person.gender == pronoun.gender) {
				if (mention.kind != Mention.Kind.NAME || !mention.multiWordName() || !firstMention(mention)
						|| found != null && found != person) {
					return null;
				}
				found = person;
			}
			else if (person.gender == Gender.UNKNOWN && mention.kind == Mention.Kind.NAME && person.fullName()
					&& !person.described && !person.roles.isEmpty() && !OrganisationWords.spelledAsCompany(person)) {
				return null; // a person's full name whose gender the text never told
			}
		}
		return found;
	}

	private boolean firstMention(Mention mention) {
		for (Mention earlier : this.people.mentions) {
			if (earlier.start >= mention.start) {
				return true;
			}
			if (earlier.person == mention.person) {
				return false;
			}
		}
		return true;
	}

	private boolean opensSentence(int t) {
		if (this.doc.startsSentence[t]) {
			return true;
		}
		return t > 0 && this.doc.startsSentence[t - 1] && OPENERS.contains(this.doc.get(t - 1).lower());
	}

	/**
	 * The speech verb right after a subject ending before {@code t}, past an adverb or an
	 * auxiliary ("he also said"), or -1.
	 */
	private int speechVerbAfter(int t) {
		for (int u = t; u < this.doc.size() && u < t + 3 && !this.doc.boundaryBefore(u); u++) {
			Token token = this.doc.get(u);
			if (!token.word()) {
				return -1;
			}
			if (SpeechVerbs.isSpeechVerb(token.lower()) && !SpeechVerbs.isParticiple(token.lower())) {
				return u;
			}
			if (!BEFORE_VERB.contains(token.lower())) {
				return -1;
			}
		}
		return -1;
	}

}
