package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "The Tulsa, Okla., maker of valves and pumps said ...", "The maker of fasteners also
 * reported ...": a company called by what it makes, its noun followed by "of" and the
 * goods. Read only where the phrase opens its sentence as the subject of the verb that
 * ends it, so that the goods cannot run on into the rest of the sentence.
 */
final class MakersOf {

	private static final int MAX_GOODS_TOKENS = 12;

	/** Nouns of a company that take what it deals in after "of". */
	private static final Set<String> NOUNS = NameLexicon.words("maker", "manufacturer", "producer", "supplier",
			"provider", "distributor", "publisher", "operator", "owner", "developer", "retailer", "marketer", "seller",
			"builder", "designer", "processor", "importer", "exporter", "wholesaler", "refiner", "brewer");

	/** Words that may stand between the goods and their sentence's verb. */
	private static final Set<String> ADVERBS = NameLexicon.words("also", "still", "now", "previously", "recently");

	private MakersOf() {
	}

	static boolean takesGoods(String lower) {
		return NOUNS.contains(lower) || lower.endsWith("maker") && lower.length() > 6;
	}

	/**
	 * The index of the goods' last word after the noun at {@code noun} ("of" right after
	 * it), when the phrase from {@code start} opens its sentence and a verb follows the
	 * goods; -1 otherwise.
	 */
	static int goodsEnd(DocumentTokens doc, int start, int noun) {
		int of = noun + 1;
		if (!doc.startsSentence[start] || !takesGoods(doc.get(noun).lower()) || of + 1 >= doc.size()
				|| !doc.get(of).lower().equals("of") || doc.boundaryBefore(of)) {
			return -1;
		}
		int k = of + 1;
		int last = -1;
		while (k < doc.size() && k - of <= MAX_GOODS_TOKENS && !doc.boundaryBefore(k)) {
			Token token = doc.get(k);
			String lower = token.lower();
			if (last >= 0 && verb(doc, k)) {
				return last;
			}
			if (token.is(",") && k > of + 1 && DescriptionModifiers.listComma(doc, k, of + 1)) {
				k++; // "of valves, pumps and gauges"
				continue;
			}
			boolean goods = token.word() && !NameFinder.isPossessiveMark(token)
					&& (lower.equals("and") && last >= 0 || !NameLexicon.FUNCTION_WORDS.contains(lower)
							|| lower.equals("other"))
					&& !NameLexicon.PREPOSITIONS.contains(lower) && !OrganisationFinder.VERBS.contains(lower);
			if (!goods) {
				return -1;
			}
			last = k;
			k++;
		}
		return -1;
	}

	/** "said", "also said", "will", "reported": the verb of the phrase's sentence. */
	private static boolean verb(DocumentTokens doc, int k) {
		int at = k;
		while (at < doc.size() && ADVERBS.contains(doc.get(at).lower())) {
			at++;
		}
		if (at >= doc.size() || doc.boundaryBefore(at)) {
			return false;
		}
		String lower = doc.get(at).lower();
		return SpeechVerbs.isSpeechVerb(lower) || lower.equals("will") || lower.equals("would")
				|| OrganisationFinder.VERBS.contains(lower) && !lower.equals("be") && !lower.equals("been")
				|| lower.endsWith("ed") && at > k;
	}

}
