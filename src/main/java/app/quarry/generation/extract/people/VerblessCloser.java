package app.quarry.generation.extract.people;

/**
 * '“Buyers are holding back,” Jane Roe, an analyst at Acme.': a quote that a comma (or a
 * dash: '“…” - Jane Roe, an analyst') hands to a name and the description set off after
 * it, with nothing else before the sentence ends. News copy drops the "said" of such a
 * line; the name is still the speaker. Only when the name follows the quote's comma and
 * the sentence ends right after the description, so that no verb or other clause can make
 * the name anything but the one who spoke.
 */
final class VerblessCloser {

	private static final int MAX_DESCRIPTION = 12;

	private VerblessCloser() {
	}

	/**
	 * Whether the quote closing at {@code close} opens its sentence: 'She called it “a
	 * step,” Jane Roe, the mayor.' may set the name beside "she" instead.
	 */
	private static boolean opensSentence(DocumentTokens doc, int close) {
		for (int u = close - 1; u >= 0; u--) {
			Token token = doc.get(u);
			if (token.is("\"") || token.is("“") || token.is("”")) {
				return doc.boundaryBefore(u);
			}
		}
		return false;
	}

	/** "“…” — Jane Roe", "“…” - Jane Roe": a dash that hands a quote to its speaker. */
	static boolean dash(Token token) {
		return token.is("—") || token.is("–") || token.is("-");
	}

	/**
	 * Whether {@code subject}, starting at {@code t} after the quote closing at
	 * {@code close}, is such a speaker.
	 */
	static boolean closes(DocumentTokens doc, int close, int t, Mention subject) {
		int n = doc.size();
		boolean handedOver = close > 0 && doc.get(close - 1).is(",")
				|| close + 1 < t && (doc.get(close + 1).is(",") || dash(doc.get(close + 1)));
		if (!handedOver || !opensSentence(doc, close) || subject.kind != Mention.Kind.NAME || subject.firstToken != t
				|| subject.endToken >= n || !doc.get(subject.endToken).is(",")) {
			return false;
		}
		int description = subject.endToken + 1;
		if (description >= n || doc.boundaryBefore(description)) {
			return false;
		}
		String first = doc.get(description).lower();
		if (!first.equals("a") && !first.equals("an") && !first.equals("the") && !NameLexicon.isRoleNoun(first)) {
			return false;
		}
		for (int u = description; u < description + MAX_DESCRIPTION; u++) {
			if (u >= n || u > description && doc.boundaryBefore(u)) {
				return true;
			}
			Token token = doc.get(u);
			if (token.is(".")) {
				return u + 1 >= n || doc.boundaryBefore(u + 1);
			}
			if (!token.word() && !token.is("'") && !token.is("’") && !token.is("-") && !token.is("&")) {
				return false; // another clause, another quotation
			}
			if (!token.capitalized() && token.lower().endsWith("ed") || SpeechVerbs.isSpeechVerb(token.lower())) {
				return false; // "…, who said", "…, an analyst, added"
			}
		}
		return false;
	}

}
