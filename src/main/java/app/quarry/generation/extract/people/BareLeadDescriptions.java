package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A sentence that opens on a description with no article, set off by commas before the
 * name it describes, as headlines and wire copy write it: "Tellco chief executive, Jane
 * Roe, said", "Norwegian budget airline, Fjordair, announced". The phrase is a few words
 * with no verb, no preposition and no function word, whose last word is a role noun for a
 * person or a noun for an organisation; an opening phrase ("In March, Jane Roe said") has
 * neither.
 */
final class BareLeadDescriptions {

	private static final int MIN_TOKENS = 2;

	private static final int MAX_TOKENS = 6;

	/** Words that open a sentence as an adverb or a clause does, not as a description. */
	private static final Set<String> OPENERS = NameLexicon.words("meanwhile", "however", "separately", "still", "also",
			"now", "then", "today", "yesterday", "tomorrow", "earlier", "later", "instead", "moreover", "furthermore",
			"additionally", "finally", "first", "second", "third", "last", "next", "overall", "nevertheless",
			"nonetheless", "otherwise", "indeed", "likewise", "similarly", "thus", "hence", "yet", "so", "last", "this",
			"that", "these", "those", "some", "many", "most", "all", "both", "each", "every", "several", "few", "other",
			"such");

	private BareLeadDescriptions() {
	}

	/**
	 * "Tellco chief executive, Jane Roe, said": the role of a person named right after
	 * the sentence's opening phrase, or null.
	 */
	static String role(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		// "Tellco chief executive, Jane Roe said": the speech verb closes the name as
		// well as a comma does
		if (comma < 1 || !doc.get(comma).is(",") || !SpeakingAfterSetOffRole.closedOrSpeaking(doc, name)) {
			return null;
		}
		int from = phraseStart(doc, comma);
		String head = doc.get(comma - 1).lower();
		boolean role = NameLexicon.isRoleNoun(head) || NameLexicon.ROLE_ACRONYMS.contains(head);
		return from < 0 || !role || !doc.get(comma - 1).word() ? null : written(doc, from, comma);
	}

	/**
	 * "Norwegian budget airline, Fjordair, announced": what the organisation named from
	 * {@code start} to {@code end} is, or null.
	 */
	static String organisation(DocumentTokens doc, int start, int end) {
		int comma = start - 1;
		if (comma < 1 || !doc.get(comma).is(",") || doc.boundaryBefore(start) || end >= doc.size()
				|| !doc.get(end).is(",") && !doc.get(end).is(".") && !doc.boundaryBefore(end)) {
			return null;
		}
		int from = phraseStart(doc, comma);
		Token head = doc.get(comma - 1);
		boolean organisation = head.word() && !head.capitalized() && OrganisationWords.NOUNS.contains(head.lower());
		return from < 0 || !organisation ? null : written(doc, from, comma);
	}

	/**
	 * The first token of a bare description that opens its sentence and ends at
	 * {@code comma}, or -1.
	 */
	private static int phraseStart(DocumentTokens doc, int comma) {
		int from = comma;
		while (from > 0 && !doc.boundaryBefore(from) && comma - from < MAX_TOKENS) {
			from--;
		}
		if (!doc.boundaryBefore(from) || comma - from < MIN_TOKENS || OPENERS.contains(doc.get(from).lower())) {
			return -1;
		}
		for (int t = from; t < comma; t++) {
			Token token = doc.get(t);
			String lower = token.lower();
			boolean word = token.word() || token.is("-") || token.is("&");
			if (!word || NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower)
					|| OrganisationFinder.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
					|| OrganisationWords.CALENDAR.contains(lower) || NameFinder.isPossessiveMark(token)
					|| lower.endsWith("ly") || token.text().chars().anyMatch(Character::isDigit)) {
				return -1; // "Possessives, dates and adverbs open other shapes"
			}
		}
		return from;
	}

	/**
	 * The phrase as a card shows it: a first word the text writes in lower case elsewhere
	 * loses its capital ("former mining chief"), one it never does is a name or a
	 * nationality and keeps it ("Tellco chief executive", "Norwegian budget airline").
	 */
	static String written(DocumentTokens doc, int from, int comma) {
		String phrase = doc.span(from, comma);
		String first = doc.get(from).lower();
		boolean common = false;
		for (int t = 0; t < doc.size() && !common; t++) {
			common = doc.get(t).text().equals(first);
		}
		return common ? first + phrase.substring(first.length()) : phrase;
	}

}
