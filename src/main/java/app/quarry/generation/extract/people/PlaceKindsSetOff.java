package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What a place is, told by an apposition whose head is a noun for a kind of land, water
 * or settlement, qualified by words of any kind: "in Arvena, the provincial capital,",
 * "near the Vetra Ridge, a major earthquake belt.", "in Norland, the world's most
 * populous island nation,", "to Belmont, the regional capital of Norland,". News text
 * sets off such a phrase to tell a reader who does not know the place what it is; the
 * noun must be the phrase's last word before a mark (or before "of" or "in" and a name),
 * so that "In Arvena, the city council said" keeps its subject, and at least one word
 * must qualify it, as "the city" alone may be a new mention and not a description.
 */
final class PlaceKindsSetOff {

	/** Nouns for a place: settlements, lands, waters and belts of the earth. */
	private static final Set<String> KINDS = NameLexicon.words("capital", "city", "town", "village", "port", "province",
			"region", "state", "district", "territory", "county", "suburb", "neighbourhood", "neighborhood", "country",
			"nation", "kingdom", "emirate", "republic", "enclave", "island", "archipelago", "peninsula", "continent",
			"belt", "range", "mountain", "volcano", "valley", "desert", "plateau", "plain", "river", "lake", "sea",
			"bay", "gulf", "strait", "coast", "basin", "delta");

	/** Owners a description may start from: "the world's largest island". */
	private static final Set<String> OWNERS = NameLexicon.words("world", "country", "nation", "region", "continent");

	/** Function words that may qualify a place noun: "the most populous country". */
	private static final Set<String> DEGREES = NameLexicon.words("most", "least", "second", "third");

	private static final int MAX_QUALIFIERS = 4;

	private PlaceKindsSetOff() {
	}

	/**
	 * The description that starts at {@code from}, right after the comma that closes a
	 * place's name, or null.
	 */
	static String after(DocumentTokens doc, int from) {
		if (from + 2 >= doc.size() || doc.boundaryBefore(from)) {
			return null;
		}
		String article = doc.get(from).lower();
		if (!article.equals("the") && !article.equals("a") && !article.equals("an")) {
			return null;
		}
		int t = from + 1;
		boolean owned = article.equals("the") && OWNERS.contains(doc.get(t).lower()) && t + 1 < doc.size()
				&& !doc.boundaryBefore(t + 1) && NameFinder.isPossessiveMark(doc.get(t + 1));
		int qualifiers = owned ? t + 2 : t;
		int head = -1;
		for (t = qualifiers; t < doc.size() && t - qualifiers <= MAX_QUALIFIERS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			if (KINDS.contains(token.lower()) && token.word() && !token.capitalized() && closes(doc, t + 1)) {
				head = t;
				break;
			}
			if (!qualifier(token)) {
				return null;
			}
		}
		if (head < 0 || head == qualifiers && !owned) {
			return null; // "the city" alone says nothing of what the place is
		}
		int end = head + 1;
		String preposition = end < doc.size() && !doc.boundaryBefore(end) ? doc.get(end).lower() : "";
		if (preposition.equals("of") || preposition.equals("in")) {
			end = PlaceNameBounds.nameEnd(doc, end + 1);
			if (end < 0 || !closedByMark(doc, end)) {
				return null;
			}
		}
		return article + doc.span(from, end).substring(doc.get(from).text().length());
	}

	/** A word that may qualify the place noun: a plain word, a name, a hyphen. */
	private static boolean qualifier(Token token) {
		String lower = token.lower();
		if (token.is("-")) {
			return true;
		}
		return token.word() && !NameFinder.isPossessiveMark(token) && !lower.equals("and") && !lower.equals("or")
				&& (DEGREES.contains(lower)
						|| !NameLexicon.FUNCTION_WORDS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
								&& !OrganisationFinder.VERBS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower));
	}

	/** The noun ends the phrase: a mark, or "of" or "in" before the larger place. */
	private static boolean closes(DocumentTokens doc, int end) {
		if (closedByMark(doc, end)) {
			return true;
		}
		String next = doc.get(end).lower();
		return (next.equals("of") || next.equals("in")) && end + 1 < doc.size() && doc.get(end + 1).capitalized();
	}

	private static boolean closedByMark(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)) {
			return true;
		}
		Token next = doc.get(end);
		return next.is(",") || next.is(".") || next.is(";") || next.is(")") || next.is("--") || next.is("—")
				|| next.is("–");
	}

}
