package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * '“…,” said Acme's design, research, and safety vice president in a call.': a title that
 * a capitalized owner's possessive opens, right after the speech verb, with no name after
 * it. The title is the speaker, told as written with its owner; the words that describe
 * it may be a list of departments joined by commas and "and".
 */
final class OwnedTitleAfterVerb {

	/** Words of the owner's name at most: "Acme Steel Works's". */
	private static final int MAX_OWNER_WORDS = 4;

	/** Tokens of the title after the possessive at most. */
	private static final int MAX_TITLE_TOKENS = 10;

	/** Words after the title that start another phrase, not more of it. */
	private static final Set<String> AFTER_TITLE = NameLexicon.words("in", "at", "on", "during", "who", "when", "while",
			"after", "before", "yesterday", "today");

	private final DocumentTokens doc;

	OwnedTitleAfterVerb(DocumentTokens doc) {
		this.doc = doc;
	}

	/** The owned title that opens at {@code t}, or null. */
	FoundSpeaker at(int t) {
		int n = this.doc.size();
		int mark = t;
		while (mark < n && mark < t + MAX_OWNER_WORDS && this.doc.get(mark).word() && this.doc.get(mark).capitalized()
				&& !this.doc.boundaryBefore(mark)) {
			mark++;
		}
		if (mark == t || mark >= n || this.doc.boundaryBefore(mark) || !possessive(this.doc.get(mark))) {
			return null;
		}
		int head = -1;
		boolean list = false;
		boolean joined = false;
		for (int u = mark + 1; u < n && u <= mark + MAX_TITLE_TOKENS && !this.doc.boundaryBefore(u); u++) {
			Token token = this.doc.get(u);
			String lower = token.lower();
			if (token.is(",") && head < 0 && u + 1 < n && this.doc.get(u + 1).word()
					&& !this.doc.get(u + 1).capitalized()) {
				list = true; // "sales, service, and marketing": the departments listed
				continue;
			}
			if (lower.equals("and") && head < 0 && u > mark + 1) {
				joined = true;
				continue;
			}
			if (!token.word() || token.capitalized() || NameLexicon.FUNCTION_WORDS.contains(lower)
					|| SpeechVerbs.isSpeechVerb(lower)) {
				break;
			}
			if (NameLexicon.isRoleNoun(lower)) {
				head = u; // "chief financial officer": the last of the role nouns
			}
		}
		// a list of departments needs its "and"; a title needs a role to end it
		if (head < 0 || list && !joined || !endsPhrase(head + 1)) {
			return null;
		}
		return FoundSpeaker.of(SourceSpeakers.described(this.doc.span(t, head + 1)));
	}

	/**
	 * Whether the title ends at {@code u}: the sentence ends, or a phrase about the
	 * occasion or a clause follows; never a name in apposition ("…, Jane Roe").
	 */
	private boolean endsPhrase(int u) {
		int n = this.doc.size();
		if (u >= n || this.doc.boundaryBefore(u)) {
			return true;
		}
		Token token = this.doc.get(u);
		if (token.is(".") || token.is(";")) {
			return true;
		}
		if (token.is(",")) {
			return u + 1 < n && this.doc.get(u + 1).word() && !this.doc.get(u + 1).capitalized();
		}
		return token.word() && !token.capitalized() && AFTER_TITLE.contains(token.lower());
	}

	private static boolean possessive(Token token) {
		return token.is("'s") || token.is("’s");
	}

}
