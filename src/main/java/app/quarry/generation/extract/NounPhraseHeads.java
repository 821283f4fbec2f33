package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun a number or ordinal counts, read as the head of the whole noun phrase it
 * opens: "her fifth straight Northfield open singles title", "two distinct Rich Text
 * Format (RTF) files", "her first yearly State of the Realm lecture", "a second housing
 * bill". Any run of adjectives, hyphened words, capitalised modifiers, noun modifiers and
 * a short parenthetical may stand between the number and its noun, which is the last noun
 * before the phrase ends at a function word, a verb, punctuation or a name after the
 * noun. A singular noun keeps the noun before it that makes a compound ("one free parking
 * pass" counts parking passes), since a question on it must blank the compound as a
 * whole.
 */
final class NounPhraseHeads {

	/** What the phrase counts, and where its noun ends. */
	record Head(String unit, int end) {
	}

	/** At most this many words stand between a number and its noun. */
	private static final int MAX_WORDS = 7;

	private static final Pattern WORD = Pattern.compile("\\G[ \\t]+([A-Za-z][A-Za-z0-9’'-]*[A-Za-z0-9]-?|[A-Za-z])");

	/** " (PDF)", " (ASCII)": a short aside, often an abbreviation, inside the phrase. */
	private static final Pattern ASIDE = Pattern.compile("\\G[ \\t]+\\([^()\\n.;]{1,40}\\)");

	/**
	 * Plain adjectives that none of the endings an adjective takes gives away: they
	 * describe the noun, never join it as a compound.
	 */
	private static final Set<String> PLAIN_ADJECTIVES = Set.of("free", "good", "bad", "great", "black", "white",
			"young", "old", "little", "red", "green", "blue", "open", "real", "true", "whole", "hard", "late", "next",
			"past", "own", "only", "same", "fresh", "poor", "rich", "safe", "strong", "weak", "wide", "clear", "close",
			"dark", "deep", "easy", "fair", "fine", "firm", "flat", "hot", "cold", "huge", "loud", "mere", "near",
			"nice", "rare", "raw", "sick", "slow", "soft", "tall", "thin", "tight", "tiny", "vast", "warm", "wet",
			"wild", "brief", "broad", "calm", "cheap", "chief", "civil", "dry", "due", "exact", "extra", "false",
			"fast", "grand", "gross", "heavy", "ideal", "inner", "keen", "live", "lone", "mild", "minor", "odd",
			"outer", "plain", "prime", "proud", "pure", "quick", "quiet", "rapid", "ready", "rough", "round", "royal",
			"rural", "sharp", "silent", "solid", "sole", "spare", "strict", "sudden", "sure", "sweet", "total", "tough",
			"urban", "usual", "valid", "vital", "wrong", "distinct", "important", "significant", "different", "recent",
			"current", "urgent", "distant", "brand", "busy", "happy", "dirty", "early", "likely", "ex", "pre", "non",
			"so-called", "would-be", "first", "second", "third", "final", "initial", "entire", "complete", "unique",
			"similar", "further", "other", "subsequent", "previous", "mass");

	/** Words that end a phrase though no rule of their form tells it. */
	private static final Set<String> ENDS = Set.of("later", "earlier", "ago", "apart", "each", "apiece", "more", "less",
			"away", "long", "ahead", "back", "up", "down", "off", "out", "even", "yet", "still", "already", "soon",
			"now", "instead", "too", "else", "says", "said", "say", "besides", "including", "except", "amid", "amongst",
			"upon", "throughout", "regarding", "concerning", "plus", "minus", "versus", "whether", "because", "though",
			"although", "unless", "whereas", "once", "nor", "either", "neither", "what", "whatever", "any", "some",
			"many", "much", "few", "several", "one", "ones", "someone", "last", "next",
			// adjectives that follow the noun they tell of: "one man dead", "one player
			// asleep"
			"dead", "alive", "asleep", "awake", "afraid", "aware", "alike", "adrift", "afloat", "aground", "unhurt",
			"ill", "well", "overall", "home", "inside", "left", "present", "absent", "aged",
			// a comparison after the noun: "one place lower", "one notch higher"
			"lower", "higher", "better", "worse", "greater", "larger", "smaller", "bigger", "fewer", "rather");

	/**
	 * Singular nouns ending as plurals do: "a second major crisis", "the first census".
	 */
	private static final Pattern SINGULAR_IN_S = Pattern.compile("[a-z]+(?:is|us|ss|news|series|species)");

	/** Words that, before "to", say what is planned for the noun before them. */
	private static final Set<String> SET_TO = Set.of("set", "due", "poised", "slated", "expected", "scheduled");

	/** "yearly", "costly" describe; these nouns only end as they do. */
	private static final Set<String> NOUNS_IN_LY = Set.of("family", "assembly", "supply", "rally", "ally", "monopoly",
			"jelly", "belly", "lily", "bully", "anomaly", "homily", "italy", "july");

	/**
	 * "one seat available", "the first person responsible": adjectives set after a noun.
	 */
	private static final Pattern POST_POSITIVE = Pattern.compile("[a-z-]{2,}(?:able|ible|ed|ous|ful|less|ly)");

	/** Words for a group counted by its members: "a 1.9 million refugee population". */
	private static final Set<String> GROUP_HEADS = Set.of("population", "community", "workforce", "diaspora",
			"minority", "electorate", "congregation");

	private NounPhraseHeads() {
	}

	/**
	 * The head of the phrase after a number ending at {@code from}: its first plural noun
	 * when the number counts more than one, else its last noun.
	 */
	static Head read(String clean, int from, boolean plural) {
		List<String> lowers = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		int at = from;
		int words = 0;
		boolean capitals = false;
		String previous = "";
		while (words < MAX_WORDS) {
			Matcher aside = ASIDE.matcher(clean).region(at, clean.length());
			if ((words > 0 || Character.isLetter(clean.charAt(Math.min(clean.length() - 1, at + 2))))
					&& !nounSeen(lowers) && aside.lookingAt()) {
				// "two Rich Text Format (RTF) files", "six billion (about a sixth of all)
				// votes"; "300 miles (480 km)" tells the measure again
				at = aside.end();
				continue;
			}
			Matcher w = WORD.matcher(clean).region(at, clean.length());
			if (!w.lookingAt()) {
				break;
			}
			String raw = w.group(1);
			String lower = raw.toLowerCase(Locale.ROOT);
			String next = nextWord(clean, w.end());
			boolean capital = Character.isUpperCase(raw.charAt(0));
			if (lower.indexOf('\'') >= 0 || lower.indexOf('’') >= 0) {
				if (capital || nounSeen(lowers)) {
					break; // "the first Acme's", "one man's": an owner ends the phrase
				}
				// "the fifth straight women's title": whose title, inside the phrase
			}
			else if (capital) {
				if (nounSeen(lowers)) {
					break; // "the speech Wednesday": a name after the noun is no part of
							// it
				}
				capitals = true;
			}
			else if (capitals && !next.isEmpty() && ProperNounWords.joinsName(lower, previous, next)) {
				// "State of the Realm": small words inside a name
			}
			else if (capitals && lower.equals("and") && !nounSeen(lowers) && !next.isEmpty()
					&& Character.isUpperCase(next.charAt(0))) {
				// "500,000 VW and Audi cars": two names share the noun that follows them
			}
			else if (degreeBeforeAdjective(lower, next) && !nounSeen(lowers)) {
				// "two relatively ancient strains", "three very large fossils": the
				// adverb grades the modifier after it, and the noun is still to come
			}
			else if (Nouns.FUNCTION_WORDS.contains(lower) || Nouns.ADVERBS_AFTER_A_NUMBER.contains(lower)
					|| ENDS.contains(lower) || CountWords.isNumberWord(raw) || lower.equals("old") && nounSeen(lowers)
					|| Tense.isPastForm(lower) && (nounSeen(lowers) || !lower.endsWith("ed"))) {
				break; // "the first boat rescued", "the 12th fair took place"
			}
			else if (lower.endsWith("ly") && !CountModifiers.describesNoun(lower)) {
				if (!CardinalUnits.DEGREE_ADVERBS.contains(lower)) {
					break; // "two only", "one recently"
				}
			}
			else if (plural) {
				if (GROUP_HEADS.contains(lower) && (!lowers.isEmpty() || capitals)) {
					// "its 1.9 million refugee population", "a 300,000 Muslim community":
					// the number counts the members the word before names
					return guarded(lowers.isEmpty() ? "person" : lowers.get(lowers.size() - 1), w.end());
				}
				if (Nouns.isPlural(lower) || CardinalUnits.IRREGULAR_PLURALS.contains(lower)) {
					return guarded(Nouns.singular(lower), w.end());
				}
				lowers.add(lower);
				ends.add(w.end());
			}
			else {
				if (nounSeen(lowers) && SET_TO.contains(lower) && next.equals("to")) {
					break; // "the first meeting set to open": a verb after the noun
				}
				boolean pluralWord = Nouns.isPlural(lower) || CardinalUnits.IRREGULAR_PLURALS.contains(lower);
				if (nounSeen(lowers) && pluralWord && !SINGULAR_IN_S.matcher(lower).matches()) {
					break; // "the second team wins", "his third term voters gave"
				}
				lowers.add(lower);
				ends.add(w.end());
			}
			previous = raw;
			at = w.end();
			words++;
		}
		return plural || lowers.isEmpty() ? null : singularHead(lowers, ends);
	}

	/**
	 * What a singular phrase counts ("one", an ordinal), given the word a shorter reading
	 * took for its noun: the phrase's head where it stands further on ("one free parking
	 * pass" is no count of "free"; "a second housing bill" ranks bills), else that word.
	 */
	static String singularUnit(String clean, int from, String unit, List<String> words) {
		if (unit != null && Nouns.TIME_UNITS.contains(unit)) {
			return unit; // "one year later", "the first day"
		}
		Head head = read(clean, from, false);
		if (head == null || unit == null) {
			return head == null ? unit : head.unit();
		}
		int at = from;
		for (String w : words) {
			at = clean.indexOf(w, at) + w.length();
			String lower = CountWords.clip(w);
			if (lower.equals(unit) || Nouns.singular(lower).equals(unit)) {
				return head.end() > at ? head.unit() : unit;
			}
		}
		return unit;
	}

	/** Whether a noun has been read: a word no adjective, which may end the phrase. */
	private static boolean nounSeen(List<String> lowers) {
		if (lowers.isEmpty()) {
			return false;
		}
		String last = lowers.get(lowers.size() - 1);
		return !describes(last) && !last.endsWith("-");
	}

	/**
	 * The last noun of a singular phrase, with a noun before it that makes a compound.
	 */
	private static Head singularHead(List<String> lowers, List<Integer> ends) {
		int last = lowers.size() - 1;
		if (last > 0 && lowers.get(last).endsWith("ing")) {
			last--; // "the first man walking": a verb after the noun
		}
		String head = lowers.get(last);
		// after a noun, the word ending the phrase is a noun too ("a street fair", "a
		// pay deal"), unless it is one of the few adjectives set after a noun
		boolean afterNoun = last > 0 && !describes(lowers.get(last - 1)) && !lowers.get(last - 1).endsWith("-");
		boolean describing = afterNoun
				? POST_POSITIVE.matcher(head).matches() && !NOUNS_IN_LY.contains(head) || Superlatives.is(head)
				: Nouns.isModifier(head) || PLAIN_ADJECTIVES.contains(head) || Superlatives.is(head)
						|| head.endsWith("ly") && !NOUNS_IN_LY.contains(head);
		if (describing || head.endsWith("-") || (Nouns.isPlural(head) || CardinalUnits.IRREGULAR_PLURALS.contains(head))
				&& !SINGULAR_IN_S.matcher(head).matches()) {
			// "the first astronauts" are the earliest ones, which other readers tell
			return null;
		}
		String modifier = last > 0 ? lowers.get(last - 1) : null;
		String unit = modifier != null && !describes(modifier) && !modifier.endsWith("-") ? modifier + " " + head
				: head;
		return guarded(unit, ends.get(last));
	}

	/** Money, measures and shares are amounts, and time keeps to its own readers. */
	private static Head guarded(String unit, int end) {
		String noun = unit.substring(unit.lastIndexOf(' ') + 1);
		if (CardinalUnits.NOT_COUNTED.contains(noun) || MeasureUnits.MEASURES.contains(noun)
				|| Nouns.TIME_UNITS.contains(noun) || Nouns.FUNCTION_WORDS.contains(noun)
				|| OrdinalUnits.PERIOD_PARTS.contains(noun)) {
			return null;
		}
		return new Head(unit, end);
	}

	/**
	 * "very", or an adverb in -ly, before a word in lower case that may be a modifier:
	 * not before a small word or another adverb ("two only to", "sold two quickly and").
	 */
	private static boolean degreeBeforeAdjective(String lower, String next) {
		if (!lower.equals("very")
				&& !(lower.endsWith("ly") && lower.length() > 4 && !CountModifiers.describesNoun(lower))) {
			return false;
		}
		return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !next.endsWith("ly")
				&& !Nouns.FUNCTION_WORDS.contains(next) && !Nouns.ADVERBS_AFTER_A_NUMBER.contains(next)
				&& !ENDS.contains(next) && !CountWords.isNumberWord(next);
	}

	/**
	 * A word that describes a noun rather than joins it as a compound: "free", "annual",
	 * "distinct", "largest" (a noun such as "government" or "document" joins it).
	 */
	static boolean describes(String word) {
		return Nouns.isModifier(word) || PLAIN_ADJECTIVES.contains(word) || Superlatives.is(word)
				|| word.endsWith("ly") && !NOUNS_IN_LY.contains(word) || word.indexOf('\'') >= 0
				|| word.indexOf('’') >= 0 || (word.endsWith("ant") || word.endsWith("ent")) && !word.endsWith("ment")
				|| word.endsWith("ary") || word.endsWith("ish");
	}

	private static String nextWord(String clean, int at) {
		Matcher w = WORD.matcher(clean).region(at, clean.length());
		return w.lookingAt() ? w.group(1) : "";
	}

}
