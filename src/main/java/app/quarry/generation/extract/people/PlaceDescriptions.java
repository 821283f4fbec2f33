package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * What a place is, told where news text names it: in an apposition ("in Arvena, the
 * capital of Norland,", "from Arvena, the Norlandic capital,", "in Belmont, a town in
 * Norland"), before its name ("the Norlandic capital Arvena", "the Norlandic province of
 * Vetra", "Norland's capital, Arvena") or as a capital only ("the capital Arvena"). The
 * words that describe must be a place's (a capital, a city, a province), so that a person
 * or an organisation set off the same way is left to the other rules.
 */
final class PlaceDescriptions {

	/** Nouns for a place that a larger place holds. */
	static final Set<String> KINDS = NameLexicon.words("city", "town", "province", "region", "state", "port", "island",
			"village", "district", "territory", "enclave", "republic", "county", "suburb");

	/**
	 * Lower-case words before a place noun that say where or how big: "the southern
	 * Norlandic city of Vetra", "a small town in Norland".
	 */
	static final Set<String> PLACE_ADJECTIVES = NameLexicon.words("northern", "southern", "eastern", "western",
			"central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
			"southeast", "southwest", "small", "tiny", "remote", "coastal", "border", "mountain", "mountainous",
			"rural", "industrial", "port", "provincial", "breakaway", "rebel", "disputed", "ancient", "historic",
			"holy", "restive", "predominantly", "largely", "muslim", "christian", "ethnic", "oil-rich", "impoverished",
			"war-torn", "seaside", "desert", "frontier", "largest", "biggest", "second-largest", "second-biggest",
			"third-largest", "main");

	private PlaceDescriptions() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person) {
		List<EntityFact> facts = new ArrayList<>();
		for (int t = 1; t < doc.size(); t++) {
			if (doc.get(t).is(",") && !doc.boundaryBefore(t)) {
				appositionAfter(doc, text, person, t, facts);
			}
			String lower = doc.get(t).lower();
			if ((lower.equals("capital") || KINDS.contains(lower)) && doc.get(t).word() && !doc.get(t).capitalized()) {
				PlaceNounsBeforeNames.find(doc, text, person, t, facts);
			}
			if ((lower.equals("is") || lower.equals("was")) && doc.get(t).word() && !doc.boundaryBefore(t)) {
				definedBy(doc, text, person, t, facts);
			}
		}
		return facts;
	}

	/**
	 * "in Arvena, the capital of Norland,": the name before the comma, where a
	 * preposition or a sentence start opens it, and a place's description after it.
	 */
	private static void appositionAfter(DocumentTokens doc, String text, boolean[] person, int comma,
			List<EntityFact> facts) {
		int first = PlaceNameBounds.nameStartBefore(doc, comma);
		if (first < 0 || anyPerson(person, first, comma) || !opensPlace(doc, first)) {
			return;
		}
		String description = describedAfter(doc, comma + 1);
		if (description == null) {
			description = OwnedPlaceNouns.after(doc, comma + 1, person, KINDS);
		}
		if (description == null && !tailOfOfName(doc, first)) {
			description = PlaceKindsSetOff.after(doc, comma + 1);
		}
		if (description != null) {
			facts.add(fact(doc, text, first, comma, description));
		}
	}

	/**
	 * "Westbury is a small town in Acmeshire.": a sentence that opens with a place's name
	 * and says what it is with the same words an apposition would.
	 */
	private static void definedBy(DocumentTokens doc, String text, boolean[] person, int copula,
			List<EntityFact> facts) {
		int first = PlaceNameBounds.nameStartBefore(doc, copula);
		if (first < 0 || !doc.boundaryBefore(first) || anyPerson(person, first, copula)) {
			return;
		}
		String description = describedAfter(doc, copula + 1);
		if (description != null) {
			facts.add(fact(doc, text, first, copula, description));
		}
	}

	/**
	 * "the capital of Norland", "capital of Norland", "the Norlandic capital", "a town in
	 * Norland", "the largest city in Norland", from {@code from} to a mark or a clause
	 * that closes it; null for any other words.
	 */
	static String describedAfter(DocumentTokens doc, int from) {
		int t = from;
		if (t >= doc.size() || doc.boundaryBefore(t)) {
			return null;
		}
		String article = doc.get(t).lower();
		boolean definite = article.equals("the");
		if (definite || article.equals("a") || article.equals("an")) {
			t++;
		}
		int modifiers = t;
		while (t < doc.size() && t - modifiers < 3 && !doc.boundaryBefore(t)
				&& PLACE_ADJECTIVES.contains(doc.get(t).lower()) && !doc.get(t).capitalized()) {
			t++;
		}
		boolean capitalFirst = t < doc.size() && doc.get(t).lower().equals("capital") && !doc.get(t).capitalized();
		if (capitalFirst && (definite || t == from) && t + 1 < doc.size() && !doc.boundaryBefore(t + 1)) {
			int of = doc.get(t + 1).lower().equals("city") ? t + 2 : t + 1;
			int country = placeAfter(doc, of, "of");
			return country < 0 || t != modifiers ? null : "the capital of " + doc.span(of + 1, country);
		}
		int adjectiveEnd = t;
		while (adjectiveEnd < doc.size() && adjectiveEnd - t < 2 && !doc.boundaryBefore(adjectiveEnd)
				&& doc.get(adjectiveEnd).capitalized()) {
			adjectiveEnd++;
		}
		if (definite && adjectiveEnd > t && adjectiveEnd < doc.size() && modifiers == t
				&& doc.get(adjectiveEnd).lower().equals("capital") && PlaceNameBounds.closes(doc, adjectiveEnd + 1)) {
			return "the " + doc.span(t, adjectiveEnd + 1); // "the Norlandic capital"
		}
		if (t >= doc.size() || doc.boundaryBefore(t) || !KINDS.contains(doc.get(t).lower()) || doc.get(t).capitalized()
				|| !(definite ? t > modifiers : article.equals("a"))) {
			return null; // "the city of Norland" alone says little; "a city in" says
							// where
		}
		String preposition = t + 1 < doc.size() ? doc.get(t + 1).lower() : "";
		if (!preposition.equals("in") && !preposition.equals("of")) {
			return null;
		}
		int country = placeAfter(doc, t + 1, preposition);
		if (country < 0 && preposition.equals("in")) {
			country = kindOfPlaceAfter(doc, t + 2);
		}
		return country < 0 ? null : doc.span(from, country);
	}

	/**
	 * "a county in the province of Norland in Westria": the larger place named after its
	 * own kind and "of", and the one that holds it in turn; the end of the last name, or
	 * -1.
	 */
	private static int kindOfPlaceAfter(DocumentTokens doc, int article) {
		if (article + 3 >= doc.size() || !doc.get(article).lower().equals("the")
				|| !KINDS.contains(doc.get(article + 1).lower()) || doc.get(article + 1).capitalized()
				|| doc.boundaryBefore(article + 1)) {
			return -1;
		}
		int end = placeAfter(doc, article + 2, "of");
		if (end > 0 && end + 1 < doc.size() && doc.get(end).lower().equals("in")) {
			int outer = placeAfter(doc, end, "in");
			return outer > 0 ? outer : end;
		}
		return end;
	}

	static String indefinite(String words) {
		return PlacesNamedAfterTheirKind.indefinite(words);
	}

	/**
	 * The place after {@code preposition} at {@code at}: the end of its name when a mark
	 * or a clause closes it, or -1.
	 */
	private static int placeAfter(DocumentTokens doc, int at, String preposition) {
		if (at + 1 >= doc.size() || !doc.get(at).lower().equals(preposition) || doc.boundaryBefore(at + 1)) {
			return -1;
		}
		int end = PlaceNameBounds.nameEnd(doc, at + 1);
		return end > 0 && PlaceNameBounds.closes(doc, end) ? end : -1;
	}

	/**
	 * "in Arvena", "near Arvena": a preposition before the name, or the sentence start,
	 * so that the name is no qualifier of a noun before it.
	 */
	private static boolean opensPlace(DocumentTokens doc, int first) {
		return doc.boundaryBefore(first) || NameLexicon.PREPOSITIONS.contains(doc.get(first - 1).lower());
	}

	/**
	 * "the Ring of Fire", "the Gulf of Orm": the name read runs on from a capitalized
	 * word and "of" before it, so it is only the tail of a longer name.
	 */
	private static boolean tailOfOfName(DocumentTokens doc, int first) {
		return first >= 2 && !doc.boundaryBefore(first) && !doc.boundaryBefore(first - 1)
				&& doc.get(first - 1).text().equals("of") && doc.get(first - 2).capitalized();
	}

	/**
	 * "southern", "largest": a lower-case word that says where a place lies or how big.
	 */
	static boolean placeAdjective(Token token) {
		return token.word() && !token.capitalized() && PLACE_ADJECTIVES.contains(token.lower());
	}

	/**
	 * Whether any word from {@code from} to {@code to} was read as part of a person's
	 * name.
	 */
	static boolean anyPerson(boolean[] person, int from, int to) {
		for (int t = from; t < to; t++) {
			if (person[t]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The place named by the words from {@code start} to {@code end}, with its
	 * description.
	 */
	static EntityFact fact(DocumentTokens doc, String text, int start, int end, String description) {
		Token first = doc.get(start);
		Token last = doc.get(end - 1);
		String name = text.substring(first.start(), last.end());
		return EntityFact.place(name, first.start(), last.end(), description);
	}

}
