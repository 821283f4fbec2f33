package app.quarry.generation.extract.people;

/**
 * What the words right before a quotation say of it: a passive with no doer, a form of
 * "cite", or a name that is the object of a preposition, none of which heads the words
 * quoted after it.
 */
final class WordsBeforeQuotes {

	private WordsBeforeQuotes() {
	}

	/**
	 * "the store is branded, the music is not": a speech verb's past participle after a
	 * form of "be" and before a comma or a dash tells what was done to something, with no
	 * speaker and no words it hands over.
	 */
	static boolean agentlessPassive(DocumentTokens doc, int t) {
		if (t < 1 || t + 1 >= doc.size() || !doc.get(t).lower().endsWith("ed")
				|| !SpeakersBeforeQuote.BE_FORMS.contains(doc.get(t - 1).lower())) {
			return false;
		}
		Token next = doc.get(t + 1);
		return next.is(",") || SpeakersBeforeQuote.HANDING_DASHES.contains(next.text());
	}

	/**
	 * "Acme cited “…”", "Citing “…”, Acme announced": the quotation right after a form of
	 * "cite" is the reason its subject gave.
	 */
	static boolean citing(DocumentTokens doc, int t, int open) {
		return t + 1 == open && SpeechVerbs.citesWhatFollows(doc.get(t).lower())
				&& (!doc.get(t).capitalized() || doc.startsSentence[t]);
	}

	/**
	 * Whether a name stands as the object of a preposition ("with Roe", "about Acme"),
	 * which is what a clause tells of, not who heads the words after it; "by Roe" names
	 * the doer.
	 */
	static boolean objectOfPreposition(DocumentTokens doc, Mention name) {
		int before = name.phraseStartToken - 1;
		if (before < 0 || doc.boundaryBefore(name.phraseStartToken)) {
			return false;
		}
		String lower = doc.get(before).lower();
		return !lower.equals("by") && NameLexicon.PREPOSITIONS.contains(lower);
	}

}
