package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Kenyan Jane Roe took silver": a people's name opening a capitalized run says where the
 * person is from and is no part of the name. Only the run's first word is read so: "Dawn
 * French" keeps the word as a surname.
 */
final class Demonyms {

	private static final Set<String> WORDS = NameLexicon.words("american", "british", "canadian", "french", "german",
			"italian", "spanish", "irish", "mexican", "brazilian", "indian", "australian", "dutch", "swedish", "danish",
			"norwegian", "finnish", "swiss", "austrian", "belgian", "polish", "turkish", "israeli", "pakistani",
			"indonesian", "scottish", "welsh", "greek", "portuguese", "egyptian", "iranian", "iraqi", "saudi",
			"nigerian", "kenyan", "ethiopian", "ugandan", "moroccan", "algerian", "jamaican", "argentine",
			"argentinian", "chilean", "colombian", "peruvian", "venezuelan", "cuban", "vietnamese", "thai", "filipino",
			"malaysian", "taiwanese", "ukrainian", "hungarian", "czech", "romanian", "japanese", "chinese", "korean",
			"russian", "ghanaian", "zimbabwean", "croatian", "serbian", "slovak", "bulgarian", "estonian", "latvian",
			"lithuanian", "icelandic", "afghan", "syrian", "lebanese", "palestinian");

	/**
	 * Nouns for one person of a people, written before a name as sports and foreign news
	 * do: "Spaniard Jane Roe", "Frenchman Tom Roe". Words that are also given names
	 * ("Finn", "Dane", "Scot") are left out: "Finn Larsen" is one man's name.
	 */
	private static final Set<String> NOUNS = NameLexicon.words("spaniard", "swede", "briton", "frenchman",
			"frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "scotsman", "scotswoman", "welshman",
			"welshwoman", "dutchman", "dutchwoman", "cornishman", "manxman", "icelander", "czech", "luxembourger",
			"slovene", "slovenian", "bosnian", "cypriot", "qatari", "emirati", "kuwaiti", "yemeni", "omani",
			"jordanian", "libyan", "tunisian", "sudanese", "somali", "eritrean", "rwandan", "tanzanian", "zambian",
			"senegalese", "cameroonian", "ivorian", "uruguayan", "paraguayan", "bolivian", "ecuadorian", "panamanian",
			"haitian", "bangladeshi", "nepali", "nepalese", "afghan", "uzbek", "kazakh", "armenian", "azerbaijani",
			"belarusian", "moldovan", "albanian", "macedonian", "montenegrin", "kosovan", "singaporean", "mongolian",
			"cambodian", "burmese", "laotian", "fijian", "samoan", "tongan");

	/**
	 * The plural of a noun for one of a people: "Spaniards", "Frenchmen", "Americans".
	 */
	private static final Map<String, String> PLURALS = plurals();

	private Demonyms() {
	}

	private static Map<String, String> plurals() {
		Map<String, String> plurals = new HashMap<>();
		List<String> singulars = new ArrayList<>(WORDS);
		singulars.addAll(NOUNS);
		for (String singular : singulars) {
			if (singular.endsWith("man") || singular.endsWith("woman")) {
				plurals.put(singular.substring(0, singular.length() - 2) + "en", singular);
			}
			else if (!singular.endsWith("sh") && !singular.endsWith("ese") && !singular.endsWith("ss")
					&& !singular.endsWith("ch") || singular.equals("czech")) {
				plurals.put(singular + "s", singular);
			}
		}
		return Map.copyOf(plurals);
	}

	/**
	 * The word for one person of a people that a token names ("Spaniard", "Kenyan"), or
	 * that a plural token names one of ("Spaniards" gives "spaniard"), or null.
	 */
	static String personOf(Token token) {
		if (!token.word() || !token.capitalized()) {
			return null;
		}
		String lower = token.lower();
		if (NOUNS.contains(lower)
				|| WORDS.contains(lower) && !lower.endsWith("sh") && !lower.endsWith("ch") && !lower.equals("swiss")) {
			return lower;
		}
		return PLURALS.get(lower);
	}

	/**
	 * "a Swede" for "Swedes", "an American" for "Americans": what each person a plural
	 * people's noun stands before is.
	 */
	static String onePerson(Token token) {
		String singular = personOf(token);
		String word = Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
		return ("aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ") + word;
	}

	/** Whether the token is a people's noun in the plural: "Americans", "Swedes". */
	static boolean plural(Token token) {
		return token.word() && token.capitalized() && PLURALS.containsKey(token.lower());
	}

	/**
	 * Whether the token names one of a people as a noun, no adjective: "Spaniard",
	 * "Swedes"; "Kenyan" is both and is read by {@link #is}.
	 */
	static boolean noun(Token token) {
		return token.word() && token.capitalized() && (NOUNS.contains(token.lower()) || plural(token));
	}

	/** Whether the lower-case word is a people's name: "kenyan", "german". */
	static boolean word(String lower) {
		return WORDS.contains(lower);
	}

	/** Whether the token is a people's name: "Kenyan", "Dutch". */
	static boolean is(Token token) {
		return token.word() && token.capitalized() && WORDS.contains(token.lower());
	}

	/** Whether the run's first word is a people's name with a name after it. */
	static boolean opensRun(DocumentTokens doc, int t, int runStart, int runEnd) {
		return t == runStart && runEnd - t >= 3 && (WORDS.contains(doc.get(t).lower()) || noun(doc.get(t)));
	}

}
