package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.SparseMatches;

/**
 * An abbreviation the text spells out, as what it stands for: "The North Atlantic Treaty
 * Organization (NATO) decided", "NATO (North Atlantic Treaty Organization)" and "the
 * United Network for Organ Sharing, or UNOS, objects". The words must spell the
 * abbreviation letter by letter, each capitalized word giving its first letter and the
 * small words between them ("of", "for", "and") none, so that a parenthesis that only
 * names something else ("Airbus parent EADS N.V. (EADS)") tells nothing. A document
 * spelling out the same abbreviation twice gives it once.
 */
public final class Acronyms {

	/** Words an organisation's name carries between its capitals without an initial. */
	private static final Set<String> LINKS = Set.of("of", "for", "and", "on", "the", "in", "to", "with", "at", "&",
			"de", "du", "des", "der", "la", "le", "sans");

	private static final String CAPS = "\\p{Lu}{2,8}";

	private static final String WORD = "[\\p{L}][\\p{L}'’.-]*|&";

	/** "... Organization (NATO)" and "... Sharing, or UNOS," */
	private static final Pattern AFTER_WORDS = Pattern
		.compile("(?:\\s\\((" + CAPS + ")\\)|,\\s+or\\s+(" + CAPS + ")(?=[,;.)]|\\s*$))");

	/** "NATO (North Atlantic Treaty Organization)" */
	private static final Pattern BEFORE_WORDS = Pattern
		.compile("(?<![\\p{L}\\p{N}])(" + CAPS + ")\\s\\(((?:" + WORD + ")(?:\\s(?:" + WORD + "))*)\\)");

	/**
	 * {@link #BEFORE_WORDS} tried only at a capital (or half of a character beyond the
	 * first plane, which {@code \p{Lu}} may read).
	 */
	private static final SparseMatches BEFORE_WORDS_AT = SparseMatches.beginningWith(BEFORE_WORDS,
			"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
			c -> Character.isSurrogate((char) c) || Character.getType(c) == Character.UPPERCASE_LETTER);

	private static final Pattern WORD_BEFORE = Pattern.compile("(?:" + WORD + ")$");

	private static final int MAX_WORDS = 12;

	/**
	 * The last text read and its abbreviations: the speakers of a document's quotes and
	 * its organisations both ask for them, one after the other, with the same string.
	 */
	private static final ThreadLocal<Map.Entry<String, List<EntityFact>>> LAST = new ThreadLocal<>();

	private Acronyms() {
	}

	/** The abbreviations spelled out in a document's text, each with its words. */
	static List<EntityFact> in(String text) {
		Map.Entry<String, List<EntityFact>> last = LAST.get();
		if (last == null || last.getKey() != text) {
			last = Map.entry(text, List.copyOf(read(text)));
			LAST.set(last);
		}
		return last.getValue();
	}

	private static List<EntityFact> read(String text) {
		List<EntityFact> facts = new ArrayList<>();
		Set<String> told = new HashSet<>();
		Matcher after = AFTER_WORDS.matcher(text);
		for (int from = 0; findAfterWords(after, text, from); from = after.end()) {
			String acronym = after.group(1) != null ? after.group(1) : after.group(2);
			int start = spelledBefore(text, after.start(), acronym);
			if (start >= 0 && told.add(acronym)) {
				String words = oneLine(text.substring(start, after.start()));
				int group = after.group(1) != null ? 1 : 2;
				facts.add(new EntityFact(acronym, after.start(group), after.end(group), acronym, words));
			}
		}
		// the words are in brackets: a text without one is not searched
		Matcher before = BEFORE_WORDS_AT.matcher(text);
		for (int from = text.indexOf('(') < 0 ? text.length() : 0; BEFORE_WORDS_AT.find(before, text,
				from); from = before.end()) {
			String acronym = before.group(1);
			String words = oneLine(before.group(2));
			if (spells(acronym, words) && told.add(acronym)) {
				facts.add(new EntityFact(acronym, before.start(1), before.end(1), acronym, words));
			}
		}
		return facts;
	}

	/**
	 * Finds the next match of {@link #AFTER_WORDS} from {@code from} on, as
	 * {@link Matcher#find()} would, trying it only where it can begin: at a comma, or at
	 * the space before a "(". Tried at every character of every document it cost more
	 * than the rest of the finder, and at every space still a good part of it.
	 */
	private static boolean findAfterWords(Matcher after, String text, int from) {
		int n = text.length();
		for (int at = from; at < n; at++) {
			char c = text.charAt(at);
			int start = c == ',' ? at : c == '(' && at > from && isSpace(text.charAt(at - 1)) ? at - 1 : -1;
			if (start >= 0) {
				after.region(start, n);
				if (after.lookingAt()) {
					return true;
				}
			}
		}
		return false;
	}

	/** What {@code \\s} matches. */
	private static boolean isSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r';
	}

	/** Words wrapped over lines, as one line. */
	private static String oneLine(String words) {
		// "the Garden Trust's (GT) scheme": the possessive belongs to the sentence
		return words.trim().replaceAll("\\s+", " ").replaceAll("['’]s$", "");
	}

	/**
	 * Where the words that end at {@code end} and spell {@code acronym} start, or -1: the
	 * shortest run of words before it whose initials are the abbreviation.
	 */
	private static int spelledBefore(String text, int end, String acronym) {
		int at = end;
		for (int count = 0; count < MAX_WORDS; count++) {
			int wordEnd = at;
			if (count > 0) {
				if (wordEnd < 2 || !Character.isWhitespace(text.charAt(wordEnd - 1))
						|| Character.isWhitespace(text.charAt(wordEnd - 2))) {
					return -1; // words of a name are joined by one space or line break
				}
				wordEnd--;
			}
			Matcher word = WORD_BEFORE.matcher(text).region(Math.max(0, wordEnd - 40), wordEnd);
			if (!word.find() || word.start() > 0 && Character.isLetter(text.charAt(word.start() - 1))) {
				return -1;
			}
			at = word.start();
			if (Character.isUpperCase(text.charAt(at)) && spells(acronym, text.substring(at, end))) {
				return at;
			}
		}
		return -1;
	}

	/**
	 * Whether {@code words} spell {@code acronym}: every word capitalized or a small
	 * linking word, the first capitalized, and the capitalized words' initials the
	 * abbreviation's letters in order.
	 */
	public static boolean spells(String acronym, String words) {
		if (acronym == null || words == null || acronym.length() < 2
				|| !acronym.chars().allMatch(Character::isUpperCase)) {
			return false;
		}
		String[] parts = words.trim().split("\\s+");
		if (parts.length < acronym.length() || parts[0].isEmpty() || !Character.isUpperCase(parts[0].charAt(0))
				|| parts[parts.length - 1].endsWith(".")) {
			return false;
		}
		StringBuilder initials = new StringBuilder();
		for (String part : parts) {
			if (Character.isUpperCase(part.charAt(0))) {
				initials.append(part.charAt(0));
			}
			else if (!LINKS.contains(part.toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return initials.toString().equals(acronym);
	}

}
