package app.quarry.generation.extract.people;

import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * What a place is, told by a noun for its kind written before "of" and its name: "the
 * Norlandic port city of Vetra", "the island nation of the Morrows", "the ancient kingdom
 * of Ostia". News text introduces a place it expects a reader not to know this way, and
 * the words between the article and "of" say what the place is, in any order of the
 * country's adjective and the plain words ("the Norlandic port city", "the small coastal
 * town", "the oil-rich Gulf emirate"). The noun must be a place's, so that "the chairman
 * of Acme" or "the state of emergency" is left alone.
 */
final class PlacesNamedAfterTheirKind {

	/** Nouns for a place, one of which ends the kind. */
	private static final Set<String> KINDS = NameLexicon.words("city", "town", "province", "region", "state", "port",
			"island", "islands", "village", "district", "territory", "enclave", "republic", "county", "suburb",
			"nation", "country", "kingdom", "archipelago", "emirate", "atoll", "peninsula", "municipality", "borough",
			"prefecture", "principality", "sultanate", "city-state", "township", "hamlet", "valley");

	/**
	 * Kinds that say nothing of the place without a word before them, or that name no
	 * place at all without one: "the kingdom of heaven", "the country of my birth".
	 */
	private static final Set<String> NEED_MODIFIER = NameLexicon.words("state", "region", "district", "territory",
			"valley", "port", "republic", "kingdom", "country", "nation");

	/**
	 * Kinds of place that lie inside a country: after them "of" and a country's name says
	 * where the place lies ("the southern Acme region of Somalia" is a region of Somalia,
	 * Somalia no region).
	 */
	private static final Set<String> PARTS_OF_A_COUNTRY = NameLexicon.words("city", "town", "province", "region",
			"state", "port", "village", "district", "territory", "enclave", "county", "suburb", "municipality",
			"borough", "prefecture", "township", "hamlet", "valley");

	private static final int MAX_MODIFIERS = 3;

	private PlacesNamedAfterTheirKind() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person) {
		List<EntityFact> facts = new ArrayList<>();
		for (int of = 2; of + 1 < doc.size(); of++) {
			if (!doc.get(of).lower().equals("of") || doc.boundaryBefore(of) || doc.boundaryBefore(of + 1)) {
				continue;
			}
			Token kind = doc.get(of - 1);
			if (!kind.word() || kind.capitalized() || !KINDS.contains(kind.lower())) {
				continue;
			}
			int article = of - 2;
			while (article >= 0 && of - 1 - article <= MAX_MODIFIERS && !doc.boundaryBefore(article + 1)
					&& modifier(doc.get(article))) {
				article--;
			}
			if (article < 0 || doc.boundaryBefore(article + 1) || !doc.get(article).lower().equals("the")
					|| article + 1 == of - 1 && NEED_MODIFIER.contains(kind.lower())) {
				continue;
			}
			int name = of + 1;
			if (doc.get(name).lower().equals("the") && !doc.get(name).capitalized() && name + 1 < doc.size()
					&& !doc.boundaryBefore(name + 1)) {
				name++; // "the island nation of the Morrows"
			}
			int end = PlaceNameBounds.nameEnd(doc, name);
			if (end < 0 || !PlaceNameBounds.closes(doc, end) || PlaceDescriptions.anyPerson(person, name, end)
					|| NameLexicon.FUNCTION_WORDS.contains(doc.get(name).lower())) {
				continue;
			}
			if (heldByCountry(kind, doc, name, end)) {
				continue; // "the northern region of Somalia": the country holds the
							// region
			}
			String words = doc.span(article + 1, of);
			facts.add(PlaceDescriptions.fact(doc, text, name, end, indefinite(words)));
		}
		return facts;
	}

	/**
	 * "the southern Acme region of Somalia": a kind of place that lies inside a country,
	 * then "of" and a country's name, tells where the place lies; the country is no such
	 * place.
	 */
	static boolean heldByCountry(Token kind, DocumentTokens doc, int name, int end) {
		return PARTS_OF_A_COUNTRY.contains(kind.lower())
				&& CountryNames.isCountry(doc.span(name, end).toLowerCase(Locale.ROOT));
	}

	/** Whether {@code lower} is a noun for a kind of place. */
	static boolean kind(String lower) {
		return KINDS.contains(lower);
	}

	/**
	 * "Norlandic", "US", "port", "small": a country's adjective or a plain word that says
	 * where, how big or of what sort a place is.
	 */
	private static boolean modifier(Token token) {
		String lower = token.lower();
		if (!token.word() || NameFinder.isPossessiveMark(token) || NameLexicon.FUNCTION_WORDS.contains(lower)) {
			return false;
		}
		return token.capitalized() ? !lower.equals("the")
				: PlaceDescriptions.placeAdjective(token) || KINDS.contains(lower);
	}

	/**
	 * "a US state", "a United States city", "an island nation": "an" before a vowel's
	 * sound, which a capital U of a country's name or initials does not make.
	 */
	static String indefinite(String words) {
		char first = words.charAt(0);
		boolean vowel = "aeiouAEIO".indexOf(first) >= 0 && !words.startsWith("one") && !words.startsWith("Eu")
				&& !words.startsWith("eu");
		return (vowel ? "an " : "a ") + words;
	}

}
