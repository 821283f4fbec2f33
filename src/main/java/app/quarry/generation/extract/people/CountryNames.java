package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The names of the world's countries and of the nations of the United Kingdom, lower
 * case, as running text writes them ("Sri Lanka", "the Netherlands"). General geography,
 * not words picked from any one document.
 */
final class CountryNames {

	private static final Set<String> NAMES = NameLexicon.words("afghanistan", "albania", "algeria", "andorra", "angola",
			"argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh",
			"barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil",
			"brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon", "canada", "chile", "china",
			"colombia", "congo", "costa rica", "croatia", "cuba", "cyprus", "czech republic", "denmark", "djibouti",
			"dominica", "dominican republic", "ecuador", "egypt", "el salvador", "eritrea", "estonia", "ethiopia",
			"fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada",
			"guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
			"iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
			"kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
			"liechtenstein", "lithuania", "luxembourg", "macedonia", "madagascar", "malawi", "malaysia", "maldives",
			"mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro",
			"morocco", "mozambique", "myanmar", "burma", "namibia", "nepal", "netherlands", "new zealand", "nicaragua",
			"niger", "nigeria", "north korea", "norway", "oman", "pakistan", "panama", "papua new guinea", "paraguay",
			"peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia",
			"senegal", "serbia", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa",
			"south korea", "spain", "sri lanka", "sudan", "suriname", "swaziland", "sweden", "switzerland", "syria",
			"taiwan", "tajikistan", "tanzania", "thailand", "togo", "trinidad", "tunisia", "turkey", "turkmenistan",
			"uganda", "ukraine", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
			"britain", "great britain", "england", "scotland", "wales", "northern ireland", "america", "united states",
			"united kingdom", "united arab emirates", "us", "uk", "usa", "uae");

	/** Countries English names with "the": "someone from the Netherlands". */
	private static final Set<String> WITH_ARTICLE = NameLexicon.words("bahamas", "czech republic", "dominican republic",
			"gambia", "maldives", "netherlands", "philippines", "united states", "united kingdom",
			"united arab emirates", "us", "uk", "usa", "uae");

	/** The most words a country's name takes ("papua new guinea"). */
	static final int MAX_WORDS = 3;

	private CountryNames() {
	}

	/** Whether the words, joined by spaces, name a country. */
	static boolean isCountry(String lowerWords) {
		return NAMES.contains(lowerWords);
	}

	/** The country's name as a phrase reads it: "the Netherlands", "the US", "Kenya". */
	static String written(String name) {
		return WITH_ARTICLE.contains(name.toLowerCase(java.util.Locale.ROOT)) ? "the " + name : name;
	}

}
