package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;

/**
 * A number told by a word for a group of that size: "a pair of tire punctures" counts two
 * punctures, "a trio of defenders" three, "a quartet of ministers" four, "a brace of
 * goals" two. Things sold or worn in pairs ("a pair of shoes", "a pair of scissors") are
 * one thing, no count of two; "a handful" or "a couple of" says no exact number.
 */
public final class GroupWordCounts {

	/** The words for a group of a known size. */
	private static final String GROUP_WORDS = "pair|trio|quartet|brace";

	/**
	 * "a pair of", then up to two modifiers and the plural noun counted: "a pair of tire
	 * punctures", "a trio of young defenders".
	 */
	private static final Pattern GROUP = Pattern.compile("(?<![\\w-])(?<group>[Aa]n?\\s+(?<word>" + GROUP_WORDS
			+ ")\\s+of)\\s+(?<words>\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2})");

	/**
	 * "a pair of", "A trio of": the whole of a count's words when a group word tells it.
	 */
	private static final Pattern GROUP_PHRASE = Pattern.compile("(?i)an?\\s+(?:" + GROUP_WORDS + ")\\s+of");

	/** Things named in the plural though one of them is a pair. */
	private static final Set<String> PAIRED_THINGS = Set.of("shoes", "boots", "trousers", "jeans", "pants", "shorts",
			"tights", "socks", "gloves", "glasses", "spectacles", "sunglasses", "goggles", "binoculars", "scissors",
			"pliers", "tongs", "handcuffs", "earrings", "headphones", "earphones", "sneakers", "trainers", "sandals",
			"slippers", "skis", "skates", "pyjamas", "pajamas");

	private GroupWordCounts() {
	}

	/** Whether a count's words are a group word's phrase: "a pair of". */
	public static boolean isGroupPhrase(String countText) {
		return GROUP_PHRASE.matcher(countText).matches();
	}

	/** The counts told by a group word in a document's text. */
	static List<CountFact> find(DocumentText document, String clean) {
		List<CountFact> found = new ArrayList<>();
		if (!clean.contains(" of ")) {
			return found;
		}
		Matcher m = GROUP.matcher(clean);
		while (m.find()) {
			String noun = pluralNoun(m.group("words"));
			if (noun == null || PAIRED_THINGS.contains(noun)) {
				continue; // "a pair of shoes" is one pair; "a trio of them" names none
			}
			String unit = CountedUnits.singularOf(noun);
			long value = switch (m.group("word").toLowerCase(Locale.ROOT)) {
				case "trio" -> 3;
				case "quartet" -> 4;
				default -> 2;
			};
			found.add(new CountFact(document.text().substring(m.start("group"), m.end("group")), m.start("group"),
					m.end("group"), value, false, unit));
		}
		return found;
	}

	/**
	 * The plural noun counted, the first plural among the words after "of" ("tire
	 * punctures", "young defenders"), or null when a word that is no modifier comes first
	 * ("a pair of them", "a trio of the best").
	 */
	private static String pluralNoun(String words) {
		for (String word : words.split("\\s+")) {
			if (Nouns.FUNCTION_WORDS.contains(word)) {
				return null;
			}
			if (CountedUnits.singularOf(word) != null) {
				return word;
			}
		}
		return null;
	}

}
