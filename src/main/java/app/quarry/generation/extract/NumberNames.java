package app.quarry.generation.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that name rather than count: a model or a flight ("Boeing 787", "787-8",
 * "iPhone 4", "Flight 200", "better than the 787."), and hyphened counts used so often
 * that they are a term of art ("a five-wicket haul").
 */
final class NumberNames {

	private NumberNames() {
	}

	/**
	 * The word before a number that makes it a name or model: "iPhone 4", "Flight 200".
	 */
	static final Pattern NAME_BEFORE = Pattern.compile("([A-Za-z][\\w&’'.-]*)[ \\t]+$");

	/** A number written as part of a name, before or after it. */
	static final Pattern MODEL = Pattern
		.compile("(?<![\\w.,$#-])(?:(?<name>\\p{Lu}[\\p{L}\\d&]*)[ \\t]+(?<after>\\d{2,4})"
				+ "(?![\\w%]|[.,]\\d)|(?<before>\\d{2,4})-\\d)");

	/** "better than the 787.": a number standing as a noun names a model. */
	static final Pattern THE_NUMBER = Pattern.compile("\\b[Tt]he\\s+(\\d{3,4})(?=[.,;:!?\"”)])(?![.,]\\d)");

	/**
	 * A hyphened count used this often in one text is a term of art: "a five-wicket
	 * haul".
	 */
	static final int TERM_USES = 5;

	/**
	 * A hyphened count the text uses again and again names a thing: "five-wicket haul".
	 */
	static boolean isTerm(String clean, String compound) {
		String lower = clean.toLowerCase(Locale.ROOT);
		String term = compound.toLowerCase(Locale.ROOT);
		int uses = 0;
		for (int at = lower.indexOf(term); at >= 0 && uses < TERM_USES; at = lower.indexOf(term, at + 1)) {
			uses++;
		}
		return uses >= TERM_USES;
	}

	static boolean opensSentence(String before) {
		String b = before.stripTrailing();
		return b.isEmpty() || ".!?:;\"“”(\n".indexOf(b.charAt(b.length() - 1)) >= 0;
	}

	/**
	 * Numbers the document uses as names: "Boeing 787", "787-8". "their new 787 aircraft"
	 * then names a model too.
	 */
	static Set<String> modelNumbers(String clean) {
		Set<String> models = new HashSet<>();
		Matcher named = MODEL.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
		// tried only where a match can begin, a capital or a digit, with the same
		// matches as CountFinder.find(): trying the pattern at every character was a
		// twentieth of
		// extraction
		for (int at = 0; at < clean.length(); at++) {
			if (!mayBeginModel(clean, at)) {
				continue;
			}
			named.region(at, clean.length());
			if (!named.lookingAt()) {
				continue;
			}
			at = named.end() - 1; // a match is never empty
			String number = named.group("after") != null ? named.group("after") : named.group("before");
			if (named.group("name") == null
					|| namesSomething(clean.substring(Math.max(0, named.start() - 40), named.start("after")))) {
				models.add(number);
			}
		}
		Matcher head = THE_NUMBER.matcher(clean);
		while (head.find()) {
			models.add(head.group(1));
		}
		return models;
	}

	/** A model name starts with a capital, a model number with a digit. */
	static boolean mayBeginModel(String text, int at) {
		char c = text.charAt(at);
		return c >= '0' && c <= '9' || (c < 0x80 ? c >= 'A' && c <= 'Z'
				: Character.getType(text.codePointAt(at)) == Character.UPPERCASE_LETTER);
	}

	/**
	 * "iPhone 4", "Boeing 767", "Flight 200", "Chapter 11": a number right after a name
	 * is part of it. Possessives ("Apple's 109 stores") and capitalised sentence openers
	 * ("About 54,000") are not names.
	 */
	static boolean namesSomething(String before) {
		Matcher w = NAME_BEFORE.matcher(before);
		if (!w.find()) {
			return false;
		}
		String word = w.group(1);
		String preceding = before.substring(0, w.start()).stripTrailing();
		if (preceding.isEmpty() || ".!?:;\"“”(".indexOf(preceding.charAt(preceding.length() - 1)) >= 0) {
			return false; // "Despite 3 delays" opens a sentence
		}
		if (word.chars().noneMatch(Character::isUpperCase) || word.endsWith("'s") || word.endsWith("’s")
				|| word.endsWith("s'") || word.endsWith("s’") || word.endsWith(".")) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		return !Nouns.FUNCTION_WORDS.contains(lower) && !Nouns.QUANTIFIERS.contains(lower);
	}

}
