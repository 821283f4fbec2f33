package app.quarry.generation;

import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.people.Referents;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence as a question tells it, with the offsets of its fact in that telling. A
 * learner sees the sentence alone: "He said the store will open within 90 days" names no
 * one, "Steve Jobs said ..." does. Each person's first pronoun is replaced by their name
 * unless the sentence names them before it; later pronouns then read back to that name.
 * An image size left at the start by a web page ("150px Airbus ...") and a news agency's
 * date line ("HAVANA (AP) -- ") are dropped.
 */
record ToldSentence(String text, int from, int to) {

	/**
	 * An image size left by a web page ("150px "), or a news agency's date line ("HAVANA
	 * (AP) -- ", "BUFFALO, N.Y. (AP) _ ", "NAIROBI, August 21 (Xinhua) -- "): where the
	 * story was filed, not what it says.
	 */
	private static final Pattern RESIDUE = Pattern.compile("^\\s*(?:\\d+px\\s+|\\p{Lu}{2,}[\\p{Lu} .'-]*"
			+ "(?:,\\s*[^()\\n]{1,30}?)?\\s*\\(\\p{Lu}[\\p{L}]{1,15}\\)\\s*(?:--|[-—–_])\\s*)");

	static ToldSentence of(Sentence sentence, Fact fact, Referents referents) {
		String original = sentence.text();
		int from = fact.start() - sentence.start();
		int to = fact.end() - sentence.start();
		StringBuilder text = new StringBuilder(original.length() + 32);
		int copied = 0;
		int shift = 0;
		Matcher residue = RESIDUE.matcher(original);
		if (residue.find() && residue.end() <= from) {
			copied = residue.end();
			shift = -copied;
		}
		Set<String> told = new HashSet<>();
		for (Referents.Referent referent : referents.within(sentence.start(), sentence.end())) {
			int at = referent.start() - sentence.start();
			int end = referent.end() - sentence.start();
			if (at < copied || at < to && end > from || told.contains(referent.name())
					|| namedBefore(original, at, referent.name())) {
				continue;
			}
			told.add(referent.name());
			String words = referent.replacement();
			text.append(original, copied, at).append(words);
			int delta = words.length() - (end - at);
			if (end <= from) {
				shift += delta;
			}
			copied = end;
		}
		text.append(original, copied, original.length());
		return new ToldSentence(text.toString(), from + shift, to + shift);
	}

	/**
	 * A part of the person's name ("Jobs", "Kim") already stands before the pronoun in
	 * this sentence: the pronoun reads back to it.
	 */
	private static boolean namedBefore(String sentence, int at, String name) {
		String before = sentence.substring(0, at);
		for (String part : name.split("[\\s-]+")) {
			if (part.length() > 1 && Character.isUpperCase(part.charAt(0))
					&& Pattern.compile("\\b" + Pattern.quote(part) + "\\b").matcher(before).find()) {
				return true;
			}
		}
		return false;
	}

}
