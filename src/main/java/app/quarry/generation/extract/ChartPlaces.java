package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * "debuted at number 11", "fell to number nine", "improved to number 4 in the rankings",
 * "went straight in at number one and two respectively": a place in a chart, told by a
 * verb of entering, moving or staying and "at" or "to number". The number ranks as an
 * ordinal does ("the eleventh place"); "arrived at Number 10" names an address, in
 * capitals, after no such verb.
 */
final class ChartPlaces {

	private static final String PLACE = "(?:[1-9]\\d?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
			+ "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";

	private static final Pattern PLACED = Pattern.compile("\\b(?:debut(?:ed|ing|s)?|enter(?:ed|ing|s)?"
			+ "(?:\\s+the\\s+(?:[a-z]+\\s+)?charts?)?|went(?:\\s+straight)?\\s+in|go(?:es|ing)?(?:\\s+straight)?\\s+in"
			+ "|came(?:\\s+straight)?\\s+in|(?:rose|rising|rises|climbed|climbing|climbs|jumped|jumping|jumps|fell|falling"
			+ "|falls|dropped|dropping|drops|slipped|slipping|slips|slid|sliding|moved|moving|moves|stayed|staying"
			+ "|stays|remained|remaining|remains|peaked|peaking|peaks|held|holding|holds|sat|sits"
			+ "|(?:increas|decreas|improv|advanc)(?:ed|ing|es))"
			+ "(?:\\s+(?:up|down|back))?(?:\\s+\\w+\\s+places?)?)\\s+(?:at|to)\\s+number\\s+(?<n>" + PLACE + ")\\b"
			+ "(?:\\s+and\\s+(?<m>" + PLACE + ")\\b)?(?!\\s+\\p{Lu}|[.,]\\d)");

	/**
	 * What every chart place ends with: "number" and the place. Far cheaper to look for
	 * than the verbs before it, and absent from most texts.
	 */
	private static final Pattern NUMBER_PLACE = Pattern.compile("number\\s+" + PLACE + "\\b");

	private ChartPlaces() {
	}

	/** The chart places told in a document's text. */
	static List<CountFact> find(DocumentText document, String clean) {
		List<CountFact> found = new ArrayList<>();
		if (!mayTellAPlace(clean)) {
			return found;
		}
		Matcher m = PLACED.matcher(clean);
		while (m.find()) {
			for (String group : List.of("n", "m")) {
				if (m.group(group) != null) {
					Long value = SpokenNumbers.cardinal(m.group(group));
					if (value != null && value >= 1) {
						found.add(new CountFact(document.text().substring(m.start(group), m.end(group)), m.start(group),
								m.end(group), value, true, "place"));
					}
				}
			}
		}
		return found;
	}

	/**
	 * Whether the text says "number" and a place anywhere: the alternation of verbs is
	 * tried at every character, so a text without the words that end it is not read with
	 * it.
	 */
	private static boolean mayTellAPlace(String clean) {
		for (int at = clean.indexOf("number"); at >= 0; at = clean.indexOf("number", at + 1)) {
			if (NUMBER_PLACE.matcher(clean).region(at, clean.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

}
