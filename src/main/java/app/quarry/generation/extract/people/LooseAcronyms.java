package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.generation.extract.EntityFact;

/**
 * An abbreviation in brackets right after the name it shortens, where the name's initials
 * miss the abbreviation by one letter: "the Northern Trust for Blind Readers Everywhere
 * (NTBR)" (a last word the abbreviation leaves out) or "the Garden Association for
 * Europe's (GMAE)" (a word the writer left out of the name). Writers shorten names
 * loosely, but a bracketed abbreviation straight after a run of capitalised words that
 * starts with its first letter and carries all but one of its letters still says what it
 * stands for. Exact spellings are left to {@link Acronyms}.
 */
public final class LooseAcronyms {

	private static final Pattern BRACKETED = Pattern.compile("(?:['’]s)?\\s\\((\\p{Lu}{3,8})\\)");

	/** Words a name carries between its capitals without an initial. */
	private static final Set<String> LINKS = Set.of("of", "for", "and", "on", "the", "in", "to", "with", "at", "&",
			"de", "du", "des", "der", "la", "le");

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*|&");

	private static final int MAX_WORDS = 12;

	/** How far into a match of {@link #BRACKETED} its opening bracket may stand. */
	private static final int OPENER_AT_MOST = 3;

	/**
	 * How far after its opening bracket a match of {@link #BRACKETED} may end: eight
	 * capitals, each of up to two characters, and the closing bracket.
	 */
	private static final int END_AT_MOST = 18;

	private LooseAcronyms() {
	}

	/** The loosely spelled abbreviations of a text, leaving out those in {@code told}. */
	static List<EntityFact> in(String text, Set<String> told) {
		List<EntityFact> facts = new ArrayList<>();
		Matcher bracketed = BRACKETED.matcher(text);
		for (int from = 0; nextBracketed(bracketed, text, from); from = bracketed.end()) {
			String acronym = bracketed.group(1);
			if (told.contains(acronym)) {
				continue;
			}
			String words = wordsBefore(text, bracketed.start());
			if (words != null && nearlySpells(acronym, words) && !Acronyms.spells(acronym, words)) {
				told.add(acronym);
				facts.add(new EntityFact(acronym, bracketed.start(1), bracketed.end(1), acronym, words));
			}
		}
		return facts;
	}

	/**
	 * Finds the next bracketed abbreviation from {@code from} on, as
	 * {@link Matcher#find()} would, trying the expression only around an opening bracket:
	 * every match holds one at most {@value #OPENER_AT_MOST} characters after its start
	 * and ends at most {@value #END_AT_MOST} after it, and trying the expression at every
	 * character of every text cost more than the rest of the rule.
	 */
	private static boolean nextBracketed(Matcher bracketed, String text, int from) {
		for (int open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
			bracketed.region(Math.max(from, open - OPENER_AT_MOST), Math.min(text.length(), open + END_AT_MOST));
			if (bracketed.find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The capitalised name that ends at {@code end}, from its first capital on (a small
	 * word that opens the run, as "the", is no part of it, nor is "The" opening a
	 * sentence), or null.
	 */
	private static String wordsBefore(String text, int end) {
		List<String> words = new ArrayList<>();
		int at = end;
		while (words.size() < MAX_WORDS) {
			int wordEnd = at;
			if (!words.isEmpty()) {
				if (wordEnd < 2 || text.charAt(wordEnd - 1) != ' ' || text.charAt(wordEnd - 2) == ' ') {
					break; // words of a name are joined by one space
				}
				wordEnd--;
			}
			int wordStart = wordEnd;
			while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-'
					|| text.charAt(wordStart - 1) == '&')) {
				wordStart--;
			}
			String word = text.substring(wordStart, wordEnd);
			if (!WORD.matcher(word).matches()
					|| !Character.isUpperCase(word.charAt(0)) && !LINKS.contains(word.toLowerCase(Locale.ROOT))) {
				break;
			}
			words.addFirst(word);
			at = wordStart;
		}
		while (!words.isEmpty()
				&& (!Character.isUpperCase(words.getFirst().charAt(0)) || words.getFirst().equals("The"))) {
			words.removeFirst();
		}
		return words.size() < 2 ? null : String.join(" ", words);
	}

	/**
	 * Whether {@code words} shorten to {@code acronym} but for one letter: the initials
	 * of the capitalised words start with its first letter, and one letter more or one
	 * fewer makes them the abbreviation. At least three capitalised words must give an
	 * initial, so that a person's two names before a bracket ("Jane Roe (JRW)") tell
	 * nothing.
	 */
	public static boolean nearlySpells(String acronym, String words) {
		if (acronym == null || words == null || acronym.length() < 3
				|| !acronym.chars().allMatch(Character::isUpperCase)) {
			return false;
		}
		StringBuilder initials = new StringBuilder();
		String[] parts = words.trim().split("\\s+");
		if (parts[0].isEmpty() || !Character.isUpperCase(parts[0].charAt(0))) {
			return false;
		}
		for (String part : parts) {
			if (Character.isUpperCase(part.charAt(0))) {
				initials.append(part.charAt(0));
			}
			else if (!LINKS.contains(part.toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		String found = initials.toString();
		if (found.length() < 3 || found.charAt(0) != acronym.charAt(0)) {
			return false;
		}
		return oneDropped(found, acronym) || oneDropped(acronym, found);
	}

	/** Whether dropping one letter of {@code longer} gives {@code shorter}. */
	private static boolean oneDropped(String longer, String shorter) {
		if (longer.length() != shorter.length() + 1) {
			return false;
		}
		for (int i = 0; i < longer.length(); i++) {
			if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code words} spell {@code acronym} exactly or but for one letter. */
	public static boolean shortens(String acronym, String words) {
		return Acronyms.spells(acronym, words) || nearlySpells(acronym, words);
	}

}
