package app.quarry.generation.extract.people;

/**
 * Quotes handed over to a speaker by words other than a speech verb's subject: a speech
 * participle set off after a clause (", calling them a “…”") and a name set off after the
 * phrase that describes it ("…,” a spokesman for the ministry, Paul Otieno, said), and a
 * name after a long title that opens with an organisation's name ("…,” Friends of the
 * Harbour executive director Jane Roe said).
 */
final class QuoteHandOvers {

	/** Lower-case words that link the words of an organisation's name. */
	private static final java.util.Set<String> NAME_LINKS = NameLexicon.words("of", "for", "a", "an", "the", "and",
			"on", "in", "to", "&");

	/** Words of a title before its holder's name, at most. */
	private static final int TITLE_REACH = 12;

	/** Words between a handing-over participle and its quote at most. */
	private static final int PARTICIPLE_REACH = 4;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	private final AttributionClauses clauses;

	QuoteHandOvers(DocumentPeople people, AttributionClauses clauses) {
		this.people = people;
		this.doc = people.doc;
		this.clauses = clauses;
	}

	/**
	 * ", calling them a “…”": a speech participle right after a comma, a few words before
	 * the quote, with no clause of someone else's in between.
	 */
	boolean handedByParticiple(int open) {
		for (int t = open - 1; t >= 2 && t >= open - PARTICIPLE_REACH && !this.doc.boundaryBefore(t + 1); t--) {
			Token token = this.doc.get(t);
			if (!token.word()) {
				return false;
			}
			if (SpeechVerbs.isParticiple(token.lower()) && token.lower().endsWith("ing")) {
				return this.doc.get(t - 1).is(",");
			}
		}
		return false;
	}

	/**
	 * "…,” a spokesman for the ministry, Paul Otieno, told reporters': the name set off
	 * after a describing phrase is the subject of the speech verb after it.
	 */
	Mention nameAfterDescription(int t) {
		int n = this.doc.size();
		if (!AttributionClauses.DETERMINERS.contains(this.doc.get(t).lower())) {
			return null;
		}
		for (int u = t + 1; u < n && u <= t + AttributionClauses.MAX_LOOK_BACK / 4; u++) {
			Token token = this.doc.get(u);
			if (this.doc.boundaryBefore(u) || SpeechVerbs.isSpeechVerb(token.lower())) {
				return null;
			}
			if (token.is(",")) {
				Mention named = u + 1 < n ? this.people.index.mentionStartingAt(u + 1) : null;
				boolean setOff = named != null && named.kind == Mention.Kind.NAME && named.endToken < n
						&& this.doc.get(named.endToken).is(",");
				return setOff && this.clauses.reportsSpeechAt(this.clauses.verbAfter(named.endToken, n)) ? named : null;
			}
			if (!token.word() && !token.is("'") && !token.is("’")) {
				return null; // "the head of the farmers' union, Grace Njeri, said"
			}
		}
		return null;
	}

	/**
	 * '“…,” Friends of the Harbour executive director Jane Roe said.': after the quote,
	 * an organisation's name and the lower-case words of a role lead to the name right
	 * before the speech verb. Nothing but name words, their links and role words may
	 * stand between, so a clause of someone else's never hands the quote over.
	 */
	Mention nameAfterLongTitle(int t) {
		int n = this.doc.size();
		if (t >= n || !this.doc.get(t).capitalized()) {
			return null;
		}
		for (int u = t; u < n && u <= t + TITLE_REACH && !(u > t && this.doc.boundaryBefore(u)); u++) {
			Token token = this.doc.get(u);
			if (u > t + 1 && this.clauses.finiteSpeechVerbAt(u)) {
				Mention named = this.people.index.mentionEndingAt(u - 1);
				boolean titled = named != null && named.firstToken > t
						&& isRoleWord(this.doc.get(named.firstToken - 1).lower());
				return titled && named.kind == Mention.Kind.NAME && named.person != null ? named : null;
			}
			String lower = token.lower();
			boolean possessive = (token.is("'") || token.is("’")) && u > t;
			if (!possessive && !token.capitalized() && !NAME_LINKS.contains(lower) && !isRoleWord(lower)
					&& !lower.equals("'s") && !lower.equals("’s")) {
				return null;
			}
		}
		return null;
	}

	private static boolean isRoleWord(String lower) {
		return NameLexicon.isRoleNoun(lower) || RoleWords.MODIFIERS.contains(lower);
	}

}
