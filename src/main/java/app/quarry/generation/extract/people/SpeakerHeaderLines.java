package app.quarry.generation.extract.people;

/**
 * Interview notes and post-match quotes print each speaker's name on a line of its own,
 * with at most a team or country in brackets and a role after a comma ("Jane Roe (WES),
 * Westria coach"), and the words as the next paragraph, with no verb: the quotation is
 * the named person's. A line that says anything more (a verb, a full stop, a time or a
 * place after the name) is a sentence or a caption, and names no speaker.
 */
final class SpeakerHeaderLines {

	/** A team, party or country code in brackets: "(WES)", "(Acme Party)". */
	private static final int MAX_BRACKETED = 4;

	/** A role after the comma: "Westria coach", "head of the Acme research team". */
	private static final int MAX_ROLE_WORDS = 8;

	private SpeakerHeaderLines() {
	}

	/**
	 * The person named on the header line right above a quotation that opens its
	 * paragraph at {@code open} and fills it, or null.
	 */
	static Mention speakerAbove(DocumentPeople people, int open) {
		DocumentTokens doc = people.doc;
		if (open < 1 || !doc.afterLineBreak[open] || !fillsItsLine(people, open)) {
			return null;
		}
		int lineStart = open - 1;
		while (lineStart > 0 && !doc.afterLineBreak[lineStart]) {
			lineStart--;
		}
		Mention name = people.index.mentionStartingAt(lineStart);
		if (name == null || name.kind != Mention.Kind.NAME || name.possessive || name.person == null
				|| name.person.described) {
			return null;
		}
		int t = name.endToken;
		if (t < open && doc.get(t).is("(")) {
			int close = t + 1;
			while (close < open && close - t <= MAX_BRACKETED + 1 && !doc.get(close).is(")")) {
				close++;
			}
			if (close >= open || !doc.get(close).is(")")) {
				return null;
			}
			t = close + 1;
		}
		if (t < open && doc.get(t).is(",")) {
			int words = 0;
			for (t++; t < open && (doc.get(t).word() || doc.get(t).is(",")); t++) {
				words += doc.get(t).word() ? 1 : 0;
				if (doc.get(t).word() && !doc.get(t).capitalized() && verbLike(doc.get(t).lower())) {
					return null; // "Jane Roe, who scored twice": a clause, no header
				}
			}
			if (words == 0 || words > MAX_ROLE_WORDS) {
				return null;
			}
		}
		if (t < open && doc.get(t).is(":")) {
			t++;
		}
		return t == open ? name : null;
	}

	/**
	 * The quotation closes at the end of its paragraph: nothing of the writer's after.
	 */
	private static boolean fillsItsLine(DocumentPeople people, int open) {
		DocumentTokens doc = people.doc;
		for (QuotedSpan span : people.quoted) {
			if (doc.tokenAt(span.start()) == open) {
				int after = doc.tokenAt(span.end());
				return span.closed() && (after >= doc.size() || doc.afterLineBreak[after]);
			}
		}
		return false;
	}

	/** Words that make the role a clause: "who", "said", "scored", "is". */
	private static boolean verbLike(String lower) {
		return lower.equals("who") || lower.equals("which") || lower.equals("that")
				|| SpeakersBeforeQuote.BE_FORMS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)
				|| lower.endsWith("ed") && lower.length() > 4;
	}

}
