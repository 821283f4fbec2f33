package app.quarry.generation;

import java.util.Locale;
import java.util.Map;

/**
 * Title abbreviations written out on the back of a card ("Lt Col" to "Lieutenant
 * Colonel"), so that an answer reads the same whichever style the text used.
 */
final class WrittenOutTitles {

	/** Abbreviated titles written out on the back of a card. */
	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("gov.", "Governor"),
			Map.entry("sen.", "Senator"), Map.entry("rep.", "Representative"), Map.entry("gen.", "General"),
			Map.entry("lt.", "Lieutenant"), Map.entry("col.", "Colonel"), Map.entry("capt.", "Captain"),
			Map.entry("adm.", "Admiral"), Map.entry("sgt.", "Sergeant"), Map.entry("prof.", "Professor"),
			Map.entry("rev.", "Reverend"), Map.entry("supt.", "Superintendent"), Map.entry("insp.", "Inspector"),
			Map.entry("asst.", "Assistant"), Map.entry("amb.", "Ambassador"), Map.entry("pres.", "President"),
			Map.entry("dr.", "Doctor"), Map.entry("maj.", "Major"), Map.entry("brig.", "Brigadier"),
			Map.entry("cpl.", "Corporal"), Map.entry("det.", "Detective"), Map.entry("cllr.", "Councillor"));

	/**
	 * Titles as British styles write them, without a full stop ("Maj Gen", "Lt Col",
	 * "Cllr"): written out only when capitalised as a title is, so that no ordinary word
	 * is read as one.
	 */
	private static final Map<String, String> BARE_ABBREVIATIONS = Map.ofEntries(Map.entry("Gen", "General"),
			Map.entry("Lt", "Lieutenant"), Map.entry("Col", "Colonel"), Map.entry("Capt", "Captain"),
			Map.entry("Maj", "Major"), Map.entry("Brig", "Brigadier"), Map.entry("Adm", "Admiral"),
			Map.entry("Sgt", "Sergeant"), Map.entry("Cpl", "Corporal"), Map.entry("Pte", "Private"),
			Map.entry("Supt", "Superintendent"), Map.entry("Insp", "Inspector"), Map.entry("Det", "Detective"),
			Map.entry("Cllr", "Councillor"), Map.entry("Gov", "Governor"), Map.entry("Sen", "Senator"),
			Map.entry("Prof", "Professor"), Map.entry("Rev", "Reverend"), Map.entry("Dr", "Doctor"));

	private WrittenOutTitles() {
	}

	/**
	 * The title words that open a role, written out: "Lt Col Acme" to "Lieutenant Colonel
	 * Acme".
	 */
	static String of(String role) {
		String[] words = role.split(" ");
		int i = 0;
		while (i < words.length && isAbbreviation(words[i])) {
			words[i] = abbreviation(words[i]);
			i++;
		}
		return i == 0 ? role : String.join(" ", words);
	}

	static boolean isAbbreviation(String word) {
		return abbreviation(word) != null;
	}

	private static String abbreviation(String word) {
		return word.endsWith(".") ? ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT)) : BARE_ABBREVIATIONS.get(word);
	}

}
