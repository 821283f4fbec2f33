package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A firm named by the plural of what its people do, written right before its name:
 * "according to industry analysts Brightlane Data", "storage specialists Corvane
 * Software", "pollsters Opinia". The plural stands for the firm's staff, so the card says
 * "a firm of industry analysts". A name that the text shows to be a person's, or one that
 * a list goes on after ("analysts Brightlane and Corvane"), is left alone: there the
 * plural counts people or several firms.
 */
final class PluralFirmNounsBefore {

	/** Plurals of a trade that a firm is named by as a whole. */
	private static final Set<String> PLURALS = NameLexicon.words("analysts", "specialists", "consultants",
			"researchers", "pollsters");

	/** Words that carry on a list after a name. */
	private static final Set<String> LIST_WORDS = NameLexicon.words("and", "or", "&");

	/** Words that count the people rather than say their trade: "two analysts". */
	private static final Set<String> COUNTING = NameLexicon.words("one", "two", "three", "four", "five", "some", "many",
			"several", "most", "all", "other", "few", "both", "independent", "leading", "top");

	private static final int MAX_QUALIFIERS = 3;

	private PluralFirmNounsBefore() {
	}

	/**
	 * "a firm of industry analysts" for the name from {@code start} to {@code end} after
	 * "industry analysts", or null.
	 */
	static String before(DocumentTokens doc, int start, int end, boolean[] named) {
		int noun = start - 1;
		if (noun < 0 || doc.boundaryBefore(start) || !doc.get(noun).word() || doc.get(noun).capitalized()
				|| !PLURALS.contains(doc.get(noun).lower())) {
			return null;
		}
		if (listGoesOn(doc, end) || shownPerson(doc, start, end, named)) {
			return null;
		}
		int from = noun;
		while (from > 0 && noun - from < MAX_QUALIFIERS && !doc.boundaryBefore(from) && qualifier(doc.get(from - 1))) {
			from--;
		}
		return "a firm of " + doc.span(from, noun + 1);
	}

	/** A lower-case word that may qualify the plural: "industry", "market", "storage". */
	private static boolean qualifier(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && !OrganisationFinder.ARTICLES.contains(lower)
				&& !OrganisationFinder.VERBS.contains(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower)
				&& !lower.endsWith("ly") && !lower.endsWith("ed") && !COUNTING.contains(lower);
	}

	private static boolean listGoesOn(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return false;
		}
		Token next = doc.get(end);
		boolean commaThenName = next.is(",") && end + 1 < doc.size() && !doc.boundaryBefore(end + 1)
				&& doc.get(end + 1).capitalized();
		return LIST_WORDS.contains(next.lower()) || commaThenName;
	}

	/**
	 * A name that opens on a known first name ("analysts Jane Morton"), or a single word
	 * the people rules took for a person's: a plural before a person's name is a role the
	 * person shares with others. A name of several words is read as the firm's, as the
	 * people rules take any two capitalized words for a person.
	 */
	static boolean shownPerson(DocumentTokens doc, int start, int end, boolean[] named) {
		if (OrganisationWords.companyName(doc, start, end)) {
			return false;
		}
		String first = doc.get(start).lower();
		return NameLexicon.MALE_NAMES.contains(first) || NameLexicon.FEMALE_NAMES.contains(first)
				|| end - start == 1 && named[start];
	}

}
