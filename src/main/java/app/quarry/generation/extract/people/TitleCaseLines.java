package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Headlines and headings written in Title Case ("Mayor Vows to Rebuild Old Bridge"): on
 * such a line every word is capitalized, so a capital letter no longer shows where a name
 * ends, and a surname runs on into the verb or the noun after it ("Mayor Vows"). A name
 * read there stands only in a form the body of the document also uses: the longest part
 * of it that the body names somebody by ("Vows" dropped when the body says "Mayor said"),
 * or nothing at all, so that a headline never brings in a person of its own. Nor are the
 * capitalized words before a name there read as its title ("Court Reviews Roe Appeal").
 */
final class TitleCaseLines {

	/** Words a Title Case line leaves in lower case. */
	private static final Set<String> SMALL_WORDS = NameLexicon.words("a", "an", "the", "and", "but", "or", "nor", "for",
			"of", "on", "in", "at", "to", "from", "with", "as", "vs", "via", "into", "over", "off", "up", "per", "amid",
			"after", "before", "than");

	/**
	 * A letter's address block and salutation name their addressee with an honorific
	 * ("His Excellency Mr. Jan Roe"), where a headline gives none.
	 */
	private static final Set<String> HONORIFICS = NameLexicon.words("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms",
			"dr", "excellency", "sir", "dame", "madam");

	/** Fewer words rarely make a headline: "Jane Doe, Reuters" is a sign-off. */
	private static final int MIN_WORDS = 3;

	/** With no word left in lower case, a line this long is no name or sign-off. */
	private static final int MIN_WORDS_ALL_CAPITALIZED = 4;

	private final DocumentTokens doc;

	/**
	 * Whether the line starting at a token is in Title Case, by the line's first token.
	 */
	private final Map<Integer, Boolean> titleCaseByLine = new HashMap<>();

	TitleCaseLines(DocumentTokens doc) {
		this.doc = doc;
	}

	/**
	 * The names found, with those on a Title Case line cut to a form the body confirms or
	 * left out.
	 */
	List<Mention> confirmedByBody(List<Mention> names) {
		Set<Mention> onTitleCaseLines = new HashSet<>();
		Set<String> bodyNames = new HashSet<>();
		Set<String> bodyNameWords = new HashSet<>();
		for (Mention name : names) {
			if (onTitleCaseLine(name.firstToken)) {
				onTitleCaseLines.add(name);
			}
			else {
				bodyNames.add(name.surface);
				for (int t = name.firstToken; t < name.endToken; t++) {
					bodyNameWords.add(this.doc.get(t).text());
				}
			}
		}
		if (onTitleCaseLines.isEmpty()) {
			return names;
		}
		List<Mention> kept = new ArrayList<>(names.size());
		for (Mention name : names) {
			if (!onTitleCaseLines.contains(name)) {
				kept.add(name);
				continue;
			}
			Mention confirmed = confirmedPart(name, bodyNames, bodyNameWords);
			if (confirmed != null) {
				kept.add(confirmed);
			}
		}
		return kept;
	}

	/**
	 * The longest run of the name's words that the body names somebody by: a whole name
	 * it uses, or a single word of one ("Mayor" of "Ann Mayor"). Null if there is none.
	 */
	private Mention confirmedPart(Mention name, Set<String> bodyNames, Set<String> bodyNameWords) {
		if (bodyNames.contains(name.surface)) {
			return name;
		}
		for (int length = name.endToken - name.firstToken - 1; length >= 1; length--) {
			for (int from = name.firstToken; from + length <= name.endToken; from++) {
				String words = this.doc.span(from, from + length);
				if (bodyNames.contains(words) || length == 1 && bodyNameWords.contains(words)) {
					return part(name, from, from + length, words);
				}
			}
		}
		return null;
	}

	private Mention part(Mention name, int from, int to, String surface) {
		Mention part = new Mention(Mention.Kind.NAME, from, to, this.doc.get(from).start(), this.doc.get(to - 1).end(),
				surface);
		if (from == name.firstToken) {
			part.titled = name.titled;
			part.gender = name.gender;
			part.phraseStartToken = name.phraseStartToken;
		}
		part.possessive = to == name.endToken && name.possessive;
		return part;
	}

	/**
	 * Whether the token is on a Title Case line, where the words before a name may be the
	 * headline's verb or noun ("Court Reviews Roe Appeal") rather than a title.
	 */
	boolean onTitleCaseLine(int token) {
		int lineStart = token;
		while (lineStart > 0 && !this.doc.afterLineBreak[lineStart]) {
			lineStart--;
		}
		return this.titleCaseByLine.computeIfAbsent(lineStart, this::titleCase);
	}

	/**
	 * Every word capitalized but the small ones a title leaves in lower case, and enough
	 * words to be a headline rather than a name, a byline ("By Jane Doe"), a sign-off or
	 * a letter's address.
	 */
	private boolean titleCase(int lineStart) {
		int words = 0;
		boolean smallWord = false;
		int t = lineStart;
		for (; t < this.doc.size() && (t == lineStart || !this.doc.afterLineBreak[t]); t++) {
			Token token = this.doc.get(t);
			if (!token.word() || !Character.isLetter(token.text().charAt(0))) {
				continue;
			}
			if (token.lower().equals("by") || HONORIFICS.contains(token.lower())) {
				return false; // "By Jane Doe", "Reporting by Jane Doe", "Dear Mr. Roe"
			}
			if (!token.capitalized()) {
				if (!SMALL_WORDS.contains(token.text())) {
					return false;
				}
				smallWord = true;
			}
			words++;
		}
		// a headline ends without a full stop; a line that ends with one is a sentence,
		// "For NPR News, I'm Jane Roe." or "Jane Roe, ABC News, Hong Kong."
		boolean endsSentence = t > lineStart && this.doc.get(t - 1).is(".");
		return words >= MIN_WORDS && (smallWord || words >= MIN_WORDS_ALL_CAPITALIZED) && !endsSentence;
	}

}
