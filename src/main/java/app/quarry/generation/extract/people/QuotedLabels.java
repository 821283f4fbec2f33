package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A slogan or catch-phrase in quotation marks that names a policy, a law or a campaign:
 * "the city's controversial “stop and search” policy", "its “buy one, get one free”
 * offer", "a “zero tolerance” rule". Whatever the quoted words are (a clause, a list, a
 * command), the noun right after them makes them a label inside a noun phrase that an
 * article or a possessive opens, not words anyone is reported to have said.
 */
final class QuotedLabels {

	/** Nouns that take a slogan in front of them as their name. */
	private static final Set<String> LABEL_NOUNS = NameLexicon.words("policy", "policies", "law", "laws", "rule",
			"rules", "campaign", "campaigns", "programme", "programmes", "program", "programs", "slogan", "slogans",
			"doctrine", "initiative", "initiatives", "scheme", "schemes", "strategy", "approach", "movement", "bill",
			"act", "agenda", "motto", "mantra", "philosophy", "principle", "regime", "offer", "deal", "clause",
			"legislation", "plan", "plans", "tour", "protest", "protests", "petition", "ban", "tax", "system");

	/** Words that open the noun phrase: an article, a possessive, a demonstrative. */
	private static final Set<String> OPENERS = NameLexicon.words("a", "an", "the", "its", "his", "her", "their", "our",
			"your", "my", "this", "that", "these", "those", "'s", "’s");

	/**
	 * Most modifiers between the opener and the quote: "the controversial new “…” law".
	 */
	private static final int MAX_MODIFIERS = 3;

	/** Most words a label has; longer quoted words are a statement. */
	private static final int MAX_LABEL_WORDS = 8;

	private QuotedLabels() {
	}

	/**
	 * Whether the quoted words from {@code from} to {@code to}, between the marks at
	 * {@code open} and before {@code afterClose}, stand in front of a label noun in a
	 * noun phrase.
	 */
	static boolean beforeLabelNoun(DocumentTokens doc, int open, int from, int to, int afterClose) {
		if (afterClose >= doc.size() || doc.boundaryBefore(afterClose) || open < 1 || doc.boundaryBefore(open)
				|| !LABEL_NOUNS.contains(doc.get(afterClose).lower()) || doc.get(afterClose).capitalized()) {
			return false;
		}
		if (to <= from || !doc.get(to - 1).word() && !doc.get(to - 1).is("!")) {
			return false; // '“We will win,” campaign staff said': the comma hands over
		}
		int words = 0;
		for (int t = from; t < to; t++) {
			words += doc.get(t).word() ? 1 : 0;
		}
		if (words == 0 || words > MAX_LABEL_WORDS) {
			return false;
		}
		for (int t = open - 1; t >= 0 && t >= open - 1 - MAX_MODIFIERS && !doc.boundaryBefore(t + 1); t--) {
			Token token = doc.get(t);
			if (OPENERS.contains(token.lower())) {
				return modifiers(doc, t + 1, open);
			}
			if (!token.word() || token.capitalized() || NameLexicon.FUNCTION_WORDS.contains(token.lower())
					|| SpeechVerbs.isSpeechVerb(token.lower())) {
				return false; // '… said “…” plans': the words after a verb are someone's
			}
		}
		return false;
	}

	/**
	 * The words between the opener and the quote modify the noun ("controversial",
	 * "much-criticised"); a verb there ("the town would “…” plans") opens a clause whose
	 * words someone may be reported to say.
	 */
	private static boolean modifiers(DocumentTokens doc, int from, int open) {
		if (from == open) {
			return true;
		}
		String[] words = new String[open - from + 1];
		for (int t = from; t <= open; t++) {
			words[t - from] = t == open ? "new" : doc.get(t).text();
		}
		String[] tags = PartOfSpeech.tags(words);
		for (int i = 0; i < tags.length - 1; i++) {
			if (!tags[i].equals("ADJ") && !tags[i].equals("ADV")) {
				return false;
			}
		}
		return true;
	}

}
