package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The words by which {@link DescriptionsCarryingOnSubjects} tells a description that
 * carries on a story's subject ("The world junior champion clocked ...") from one that
 * brings in someone else ("The coach said ...").
 */
final class DescriptionWords {

	/**
	 * People a story brings in to speak of its subject, or whom it meets in the course of
	 * it: "Roe won again. The coach said ..." is someone else.
	 */
	static final Set<String> NEWCOMERS = NameLexicon.words("spokesman", "spokeswoman", "spokesperson", "official",
			"officer", "source", "analyst", "expert", "economist", "coach", "manager", "referee", "judge", "lawyer",
			"attorney", "solicitor", "barrister", "prosecutor", "agent", "adviser", "advisor", "aide", "reporter",
			"correspondent", "journalist", "doctor", "surgeon", "physician", "witness", "counsel", "detective",
			"inspector", "investigator", "sheriff", "trainer", "mentor", "member", "employee", "resident", "citizen",
			"partner", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "successor",
			"predecessor", "host", "owner", "organiser", "organizer", "pollster", "consultant", "colleague", "rival",
			"opponent", "team-mate", "teammate", "victim", "suspect", "head", "chief", "student", "teacher", "player",
			"athlete", "survivor", "volunteer", "nominee", "candidate", "delegate", "deputy");

	/**
	 * Offices a bare noun names plainly enough to be worth a question: "The chancellor
	 * said ..." after "Tom Reed has issued a rallying cry".
	 */
	static final Set<String> BARE_OFFICES = NameLexicon.words("chancellor", "premier", "president", "minister",
			"captain", "champion");

	/** Words that single someone out without saying what they are. */
	static final Set<String> UNTELLING = NameLexicon.words("other", "same", "latter", "new", "first", "second", "last",
			"only", "two", "both", "one", "whose", "this", "that", "these", "those", "his", "her", "their", "its",
			"our", "my", "your", "such", "very");

	/** Function words that may qualify a description's noun: "the former minister". */
	static final Set<String> QUALIFIERS = NameLexicon.words("former", "junior", "senior", "acting", "top", "old");

	/** Words that make an office before them another: "shadow chancellor". */
	static final Set<String> OTHER_OFFICES = NameLexicon.words("shadow", "deputy", "vice", "assistant", "junior",
			"acting", "former", "ex", "co", "under", "associate");

	/** What may come between a description and its verb. */
	static final Set<String> ADVERBS = NameLexicon.words("also", "now", "then", "later", "still", "has", "had", "is",
			"was", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does");

	/**
	 * Nouns a story calls someone it has named by, though no title: "The Jamaican star
	 * joins ...", "the 34-year-old veteran".
	 */
	static final Set<String> CALLINGS = NameLexicon.words("star", "veteran", "youngster");

	/** How many times over, before "time" in "two-time", "three time". */
	private static final Set<String> COUNTS = NameLexicon.words("two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve");

	private DescriptionWords() {
	}

	/**
	 * "the two-time world champion", "the three time Olympic medallist" (a hyphen lost):
	 * a count before "time" says how often the person won, not which of several is meant.
	 */
	static boolean timesOver(DocumentTokens doc, int k) {
		Token token = doc.get(k);
		if (!COUNTS.contains(token.lower()) && !token.text().chars().allMatch(Character::isDigit)) {
			return false;
		}
		int next = k + 1 < doc.size() && doc.get(k + 1).is("-") ? k + 2 : k + 1;
		return next < doc.size() && !doc.boundaryBefore(next) && doc.get(next).lower().equals("time");
	}

	/**
	 * "The Trinidad and Tobago star": an "and" that joins two capitalised words of one
	 * place's name inside a description.
	 */
	static boolean joinsPlaceWords(DocumentTokens doc, int k) {
		return doc.get(k).lower().equals("and") && k > 0 && k + 1 < doc.size() && doc.get(k - 1).capitalized()
				&& doc.get(k + 1).capitalized() && !doc.boundaryBefore(k) && !doc.boundaryBefore(k + 1);
	}

}
