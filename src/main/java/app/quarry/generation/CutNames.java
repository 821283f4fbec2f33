package app.quarry.generation;

import app.quarry.generation.extract.EntityFact;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organisation's name read from its last part only: "Shore" of "Sisters to the Shore",
 * "Marches de Vell" of "Conseil des Marches de Vell". When the words before the name are
 * capitalized words joined to it by a small word, the name is asked whole; an office
 * before "of" ("Chairman of Brovo") is no part of the name, nor is the giver in "sold
 * Opel to Magna".
 */
final class CutNames {

	/**
	 * The capitalized start of a name and the joining words that end right where the read
	 * name begins.
	 */
	private static final Pattern START_BEFORE = Pattern.compile(
			"(?<![\\p{L}.'’-])(\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}) ((?:to the|of the|of|des|de|du|de la)) $");

	/** Offices and ranks, which stand before "of" without being part of a name. */
	private static final Set<String> OFFICES = Set.of("chairman", "chairwoman", "president", "director", "secretary",
			"minister", "governor", "mayor", "king", "queen", "head", "chief", "commissioner", "member", "members",
			"ambassador", "founder", "leader", "spokesman", "spokeswoman", "officer", "executive", "manager", "editor",
			"professor", "dean", "bishop", "archbishop", "prince", "princess", "duke", "earl", "emperor", "general",
			"commander", "chancellor", "shares", "units", "parts", "friend", "friends", "one");

	private CutNames() {
	}

	/** The name as the document writes it whole. */
	static String whole(String text, EntityFact fact, String name) {
		if (text == null || fact.start() <= 0 || fact.start() > text.length()
				|| name.regionMatches(true, 0, "the ", 0, 4)) {
			return name;
		}
		String before = text.substring(Math.max(0, fact.start() - 80), fact.start());
		Matcher start = START_BEFORE.matcher(before);
		if (!start.find()) {
			return name;
		}
		String[] words = start.group(1).split(" ");
		String last = words[words.length - 1].toLowerCase(Locale.ROOT);
		String preceding = before.substring(0, start.start()).stripTrailing();
		boolean opensSentence = preceding.isEmpty() || preceding.matches("(?s).*[.!?\"”]$");
		if (OFFICES.contains(last) || opensSentence && words.length == 1 || preceding.endsWith(" from")) {
			// "Chairman of Brovo", "Shares of Brovo fell", "moved from Sony to the
			// Brovo Group"
			return name;
		}
		return start.group(1) + " " + start.group(2) + " " + name;
	}

}
