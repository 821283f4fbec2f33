package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.quarry.generation.extract.PersonFact;

/**
 * "Teenager Ann Roe ran the fastest 400m of the year. The world junior champion clocked
 * 44.9 seconds ...": news names someone, then opens the next sentence with a description
 * of them in the subject's place, and the reader learns what they are from it. The
 * description carries on the subject of the sentence just before, a person named first in
 * it as the subject of its verb; it is read so only where nothing else could be meant: no
 * other person the story had named before is in that sentence, no one else was given the
 * description's noun as a role, and the noun is not one of those that usually bring in
 * someone new to comment ("the coach said", "the spokesman said").
 */
final class DescriptionsCarryingOnSubjects {

	/** Words of a description before its noun, at most. */
	private static final int MAX_MODIFIERS = 6;

	private DescriptionsCarryingOnSubjects() {
	}

	static List<PersonFact> find(DocumentPeople people, String text) {
		DocumentTokens doc = people.doc;
		List<PersonFact> facts = new ArrayList<>();
		for (int t = 1; t < doc.size(); t++) {
			if (!doc.startsSentence[t] || !closesSentence(doc.get(t - 1)) || quoted(people, doc.get(t).start())) {
				// after a headline, whose subject is no sentence's
				continue;
			}
			// "But the world champion said ...": a linking word before the description
			int opener = SentenceLinks.after(doc, t);
			int from = modifiersStart(people, opener);
			int head = from < 0 ? -1 : head(people, from);
			if (head < 0 || !verbAfter(doc, opener, head + 1) || !tells(doc, from, head)) {
				continue;
			}
			LocalPerson person = CarriedSubjects.previous(people, doc.sentence[t]);
			if (person == null || !fits(people, person, doc, from, head)
					|| othersIn(people, doc.sentence[t] - 1, person)
							&& (otherCalling(person, doc.get(head).lower()) || AgeAsDescription.ageAt(doc, head))
					|| AgeAsDescription.ageAt(doc, head)
							&& !AgeAsDescription.agrees(text, doc.get(head).end(), person, doc.get(head).text())) {
				// "Coach Al Fox praised Tom Roe. The 27 year old runner ...": what the
				// subject is already known as says the runner is the other
				continue;
			}
			Token first = doc.get(opener);
			Token last = doc.get(head);
			String role = first.lower().equals("the") ? doc.span(opener + 1, head + 1) : doc.span(opener, head + 1);
			facts.add(new PersonFact(text.substring(first.start(), last.end()), first.start(), last.end(),
					person.name(), role));
		}
		return facts;
	}

	/**
	 * Where a description's words start: after an opening "The", or after a place's
	 * possessive ("Britain's former world champion"); -1 if none starts at {@code t}.
	 */
	private static int modifiersStart(DocumentPeople people, int t) {
		DocumentTokens doc = people.doc;
		Token token = doc.get(t);
		if (token.lower().equals("the")) {
			return t + 1 < doc.size() && !doc.boundaryBefore(t + 1) ? t + 1 : -1;
		}
		if (t + 2 >= doc.size() || !token.capitalized() || !NameFinder.isPossessiveMark(doc.get(t + 1))
				|| !OrganisationWords.PLACES.contains(token.lower()) && !NameLexicon.NOT_NAMES.contains(token.lower())
				|| nameAt(people, t)) {
			return -1;
		}
		return t + 2;
	}

	/**
	 * The role noun that ends a description from {@code from}, or -1: the words before it
	 * modify it ("world indoor", "28 year old 800 metres"), none a function word but a
	 * qualifier ("former", "junior").
	 */
	private static int head(DocumentPeople people, int from) {
		DocumentTokens doc = people.doc;
		for (int k = from; k < doc.size() && k - from <= MAX_MODIFIERS && !doc.boundaryBefore(k); k++) {
			Token token = doc.get(k);
			String lower = token.lower();
			if (!token.word() && !token.is("-") && !token.text().chars().allMatch(Character::isDigit)
					|| nameAt(people, k)) {
				return -1; // "The Roe family": a name is no description's word
			}
			if (AgeAsDescription.ageAt(doc, k) && k + 1 < doc.size() && !doc.boundaryBefore(k + 1)
					&& !doc.get(k + 1).is("-") && verbAfter(doc, from, k + 1)) {
				return k; // "the 45-year-old said"
			}
			if (NameLexicon.isRoleNoun(lower) || DescriptionWords.CALLINGS.contains(lower)) {
				boolean goesOn = k + 1 < doc.size() && !doc.boundaryBefore(k + 1)
						&& (NameLexicon.isRoleNoun(doc.get(k + 1).lower()) || doc.get(k + 1).lower().equals("of")
								|| doc.get(k + 1).lower().equals("-"));
				if (!goesOn) {
					return k;
				}
				continue; // "the prime minister", "the vice president"
			}
			if (NameLexicon.FUNCTION_WORDS.contains(lower) && !DescriptionWords.QUALIFIERS.contains(lower)
					&& !DescriptionWords.joinsPlaceWords(doc, k) || OrganisationFinder.VERBS.contains(lower)
					|| SpeechVerbs.isSpeechVerb(lower)) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * A description worth a question says more than who is meant: a word of what they are
	 * besides the noun, or an office a bare noun names.
	 */
	private static boolean tells(DocumentTokens doc, int from, int head) {
		String noun = doc.get(head).lower();
		if (DescriptionWords.NEWCOMERS.contains(noun)) {
			return false;
		}
		if (AgeAsDescription.ageAt(doc, head)) {
			return head == from; // an age alone tells; "the young 45-year-old" is left
		}
		boolean telling = false;
		for (int k = from; k < head; k++) {
			String lower = doc.get(k).lower();
			if (DescriptionWords.timesOver(doc, k)) {
				// "the two-time world champion": how often, not which one
				telling = true;
				continue;
			}
			if (DescriptionWords.UNTELLING.contains(lower)) {
				return false;
			}
			telling |= doc.get(k).word() && !DescriptionWords.QUALIFIERS.contains(lower)
					&& !NameLexicon.isRoleNoun(lower);
		}
		return telling || DescriptionWords.BARE_OFFICES.contains(noun);
	}

	/**
	 * "The world champion said", "The former minister will ...", "The silver medallist's
	 * time was ...": the description is the subject of a verb.
	 */
	static boolean verbAfter(DocumentTokens doc, int start, int at) {
		if (at >= doc.size() || doc.boundaryBefore(at)) {
			return false;
		}
		if (NameFinder.isPossessiveMark(doc.get(at))) {
			return at + 1 < doc.size() && doc.get(at + 1).word() && !doc.get(at + 1).capitalized();
		}
		Token next = doc.get(at);
		String lower = next.lower();
		if (!next.word() || next.capitalized()) {
			return false;
		}
		if (DescriptionWords.ADVERBS.contains(lower) || CompanyAnaphora.verbAfter(doc, at)) {
			return true;
		}
		return PartOfSpeech.isVerb(doc, start, at);
	}

	private static boolean othersIn(DocumentPeople people, int sentence, LocalPerson person) {
		return people.mentions.stream()
			.anyMatch(mention -> mention.person != null && mention.person != person
					&& people.doc.sentence[mention.firstToken] == sentence && !affiliationOf(people, mention, person));
	}

	/**
	 * "Tom Birch, chief executive of Lumen Foods, said": a name in the person's own
	 * apposition after "of", "at" or "for" is where they work, no one else the
	 * description could mean.
	 */
	private static boolean affiliationOf(DocumentPeople people, Mention other, LocalPerson person) {
		int before = other.firstToken - 1;
		if (before < 0 || !AFFILIATING.contains(people.doc.get(before).lower())) {
			return false;
		}
		return people.mentions.stream()
			.anyMatch(mention -> mention.person == person && mention.appositionRole != null
					&& mention.endToken <= before && other.endToken <= mention.appositionEndToken);
	}

	private static final java.util.Set<String> AFFILIATING = NameLexicon.words("of", "at", "for");

	/**
	 * A person known by roles none of which is the description's noun. Where someone is
	 * from ("someone from Norway") says nothing of what they are, so it calls them
	 * nothing.
	 */
	private static boolean otherCalling(LocalPerson person, String noun) {
		List<String> callings = person.roles.stream()
			.filter(role -> !role.startsWith(Affiliations.SOMEONE_FROM))
			.toList();
		return !callings.isEmpty() && callings.stream()
			.noneMatch(role -> (" " + role.toLowerCase(Locale.ROOT) + " ").contains(" " + noun + " "));
	}

	/**
	 * The description may be the person's: no one else of the story bears it as a role,
	 * the person's known roles do not already say it, and its gender agrees.
	 */
	private static boolean fits(DocumentPeople people, LocalPerson person, DocumentTokens doc, int from, int head) {
		String noun = doc.get(head).lower();
		String words = doc.span(from, head + 1).toLowerCase(Locale.ROOT);
		for (LocalPerson other : people.people.values()) {
			for (String role : other.roles) {
				String lower = " " + role.toLowerCase(Locale.ROOT) + " ";
				if (other != person && sameOffice(lower, words)) {
					return false;
				}
				if (other == person && lower.contains(" " + words + " ")) {
					return false; // nothing new to ask
				}
			}
		}
		Gender gender = NameLexicon.FEMALE_WORDS.contains(noun) ? Gender.FEMALE
				: NameLexicon.MALE_WORDS.contains(noun) ? Gender.MALE : Gender.UNKNOWN;
		return person.gender.agreesWith(gender);
	}

	/**
	 * Whether a role ("Prime Minister", "the British chancellor") holds the description's
	 * words as the same office, not another one named by a qualifier ("shadow
	 * chancellor", "former AAA champion" against "world champion").
	 */
	private static boolean sameOffice(String role, String words) {
		int at = role.indexOf(" " + words + " ");
		while (at >= 0) {
			String before = role.substring(0, at).trim();
			String previous = before.substring(before.lastIndexOf(' ') + 1);
			if (!DescriptionWords.OTHER_OFFICES.contains(previous)) {
				return true;
			}
			at = role.indexOf(" " + words + " ", at + 1);
		}
		return false;
	}

	private static boolean closesSentence(Token token) {
		return token.is(".") || token.is("!") || token.is("?") || token.is("\"") || token.is("”") || token.is("'");
	}

	private static boolean nameAt(DocumentPeople people, int t) {
		for (Mention mention : people.mentions) {
			if (mention.kind == Mention.Kind.NAME && mention.firstToken <= t && t < mention.endToken) {
				return true;
			}
		}
		return false;
	}

	private static boolean quoted(DocumentPeople people, int offset) {
		for (QuotedSpan span : people.quoted) {
			if (span.contains(offset)) {
				return true;
			}
		}
		return false;
	}

}
