package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * Speakers a quotation is attributed to without a person's name: an organisation ("Nasdaq
 * says", "according to the Interior Ministry"), a document that speaks for one ("A
 * statement from Acme stated", "An email from Roe &amp; Partners ...: “…”"), a body the
 * text describes ("the federal government had told him"), or one the sentence before
 * named ("The US Treasury described the plan. It said that “…”"). Which words stand as a
 * speech verb's subject is {@link SourceSubjects}'s to find.
 */
final class SourceSpeakers {

	/** Bodies that speak as one in news: "the police said". */
	static final Set<String> SPEAKING_BODIES = NameLexicon.words("police", "court", "ministry", "government", "army",
			"military", "agency", "department", "committee", "commission", "union", "board", "council", "company",
			"coroner", "tribunal", "jury", "group", "politician", "administration", "parliament", "senate", "congress",
			"cabinet", "office", "state", "authority", "authorities", "regulator", "organization", "organisation",
			"alliance", "coalition", "society", "trust", "partnership", "mission");

	/** Things that carry an organisation's words: "a statement from Acme". */
	private static final Set<String> INDEFINITE = NameLexicon.words("a", "an");

	private static final int SENTENCES_BACK_TO_THE_DOCUMENT = 3;

	static final Set<String> DOCUMENTS = NameLexicon.words("statement", "email", "e-mail", "letter", "memo", "release",
			"announcement", "notice", "message", "post", "filing", "report");

	/**
	 * What joins the words of one organisation's name: "Project on Government Oversight",
	 * and the small words of names kept in French or Spanish ("Docteurs sans Limites").
	 */
	static final Set<String> NAME_LINKS = NameLexicon.words("of", "on", "for", "and", "&", "de", "du", "des", "del",
			"der", "la", "sans");

	static final Set<String> ARTICLES = NameLexicon.words("the", "a", "an");

	/** Capitalised words that open a sentence without naming anyone. */
	private static final Set<String> NOT_NAMES = NameLexicon.words("it", "this", "that", "these", "those", "they", "we",
			"he", "she", "i", "you", "there", "here", "but", "and", "so", "yet", "then", "also", "meanwhile", "however",
			"according");

	private static final int MAX_NAME_WORDS = 6;

	private static final int MAX_DOCUMENT_WORDS = 4;

	private final DocumentPeople people;

	private final DocumentTokens doc;

	SourceSpeakers(DocumentPeople people) {
		this.people = people;
		this.doc = people.doc;
	}

	/** "the firm", "the ministry": a body that speaks as one, no person and no text. */
	static boolean isBody(String lower) {
		return SPEAKING_BODIES.contains(lower) || OrganisationWords.NOUNS.contains(lower);
	}

	/**
	 * A word for someone who speaks, or a body that speaks as one: "minister",
	 * "officials", "the ministry", "an activist organization".
	 */
	static boolean speaks(String lower) {
		String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
				: lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
		return NameLexicon.isRoleNoun(lower) || NameLexicon.isRoleNoun(singular) || SPEAKING_BODIES.contains(lower)
				|| SPEAKING_BODIES.contains(singular) || OrganisationWords.NOUNS.contains(lower);
	}

	/** A speaker known only by the words that describe it: "the federal government". */
	static LocalPerson described(String description) {
		String first = description.split(" ", 2)[0];
		// "One senior aide said": told as "one senior aide", as an article would be
		String text = ARTICLES.contains(first.toLowerCase(java.util.Locale.ROOT)) || first.equals("One")
				? Character.toLowerCase(description.charAt(0)) + description.substring(1) : description;
		LocalPerson someone = new LocalPerson(NameKey.of(text), text);
		someone.addSpelling(text);
		someone.described = true;
		return someone;
	}

	/**
	 * The speaker named at the token: a person's mention, an organisation's name ("Acme
	 * Holdings", "Roe &amp; Partners") or a body with its article ("the Interior
	 * Ministry"), else null.
	 */
	LocalPerson namedAt(int t) {
		Mention mention = this.people.index.mentionStartingAt(t);
		if (mention != null) {
			return mention.person;
		}
		int n = this.doc.size();
		int from = t;
		if (t < n && this.doc.get(t).word() && ARTICLES.contains(this.doc.get(t).lower())) {
			t++;
		}
		int end = nameEnd(t);
		if (end <= t) {
			return null;
		}
		int last = this.doc.get(end - 1).is(".") ? end - 2 : end - 1;
		int afterKind = from == t ? KindsBeforeSourceNames.nameAfterKind(this.doc, end) : -1;
		if (afterKind > 0) {
			return namedAt(afterKind); // "according to Leeds news agency Harbour Wire"
		}
		Mention named = this.people.index.mentionEndingAt(last);
		if (named != null && named.firstToken >= from) {
			return named.person; // "according to Weber": a person the document named
									// before
		}
		if (from < t) {
			// "the Interior Ministry" names a body, and so does a name of two capitalised
			// words or more after its article ("the White House", "the Federal Reserve");
			// "the Oversight" names nothing known
			if (last == t && AbbreviatedBodies.at(this.doc, t)) {
				// "the UN": initials name a body, told without the article as when
				// they stand alone
				return AbbreviatedBodies.named(this.doc, t);
			}
			boolean body = speaks(this.doc.get(last).lower()) || capitalisedName(t, last + 1);
			return body ? described(this.doc.span(from, end)) : null;
		}
		if (end == t + 1 && this.doc.startsSentence[t] && !PartOfSpeech.isProperNounAtSentenceStart(this.doc, t, end)
				&& !AbbreviatedBodies.at(this.doc, t)) {
			// "Critics say", "Analysts said": a capital that only opens the sentence
			String word = this.doc.get(t).lower();
			return speaks(word) ? described(word) : null;
		}
		LocalPerson employed = SurnamesOfEmployers.personAt(this.doc, t, last + 1);
		if (employed != null) {
			return employed; // "Harris of the Ledger Magazine says"
		}
		String name = this.doc.span(t, last + 1); // "Acme Ltd", as the name is told
													// elsewhere
		LocalPerson organisation = new LocalPerson(NameKey.of(name), name);
		organisation.addSpelling(name);
		organisation.described = true; // no "he" or "she" stands for it
		return organisation;
	}

	/**
	 * '“…,” the White House said', '“…,” said the Federal Reserve.': a body named by its
	 * article as the whole subject of a speech verb, right before the verb or closing the
	 * clause after it; null when the words name no body.
	 */
	LocalPerson bodyAt(int article, boolean verbFollows) {
		int n = this.doc.size();
		if (article + 1 >= n || !this.doc.get(article).lower().equals("the")) {
			return null;
		}
		int end = nameEnd(article + 1);
		if (end <= article + 1) {
			return null;
		}
		boolean placed = verbFollows ? end < n && SpeechVerbs.isSpeechVerb(this.doc.get(end).lower())
				: end >= n || this.doc.boundaryBefore(end) || this.doc.get(end).is(",") || this.doc.get(end).is(".");
		return placed ? namedAt(article) : null;
	}

	/** Two capitalised words or more, with nothing between them but links. */
	private boolean capitalisedName(int from, int to) {
		int capitalised = 0;
		for (int t = from; t < to; t++) {
			Token token = this.doc.get(t);
			if (token.word() && token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				capitalised++;
			}
			else if (!NAME_LINKS.contains(token.lower())) {
				return false;
			}
		}
		return capitalised >= 2;
	}

	/**
	 * Where a run of capitalised words (and the links inside a name, and the period of a
	 * company's abbreviation) ends.
	 */
	int nameEnd(int t) {
		int n = this.doc.size();
		if (t >= n || !this.doc.get(t).word() || !this.doc.get(t).capitalized()
				|| NOT_NAMES.contains(this.doc.get(t).lower())
				|| NameLexicon.FUNCTION_WORDS.contains(this.doc.get(t).lower()) && !acronym(this.doc.get(t))) {
			return t;
		}
		int end = t;
		for (int u = t; u < n && u < t + MAX_NAME_WORDS && (u == t || !this.doc.boundaryBefore(u)); u++) {
			Token token = this.doc.get(u);
			if (token.word() && token.capitalized()) {
				end = u + 1;
			}
			else if (!(NAME_LINKS.contains(token.lower()) || token.is("&")) || u + 1 >= n
					|| !this.doc.get(u + 1).capitalized()) {
				break;
			}
		}
		// "Acme Holdings Inc. said": the abbreviation's period is the name's, not the
		// sentence's
		return end > t ? OrganisationWords.withAbbreviationPeriod(this.doc, end) : end;
	}

	/**
	 * "WHO", "IT" in capitals: an abbreviation spells a body's name even where its
	 * letters make a function word ("the WHO said"); function words are written in lower
	 * case inside a sentence.
	 */
	private static boolean acronym(Token token) {
		String text = token.text();
		return text.length() >= 2 && text.chars().allMatch(Character::isUpperCase);
	}

	/**
	 * "A statement from Acme stated", "An email from Roe &amp; Partners to the board
	 * advises ...:", "A statement on Acme's website ... states:": a sentence that opens
	 * with a document and who it comes from speaks with the words of its source.
	 */
	LocalPerson documentSource(int sentence, int open) {
		int start = open;
		while (start > 0 && this.doc.sentence[start - 1] == sentence) {
			start--;
		}
		if (!ARTICLES.contains(this.doc.get(start).lower())) {
			return null;
		}
		for (int t = start + 1; t < open && t <= start + MAX_DOCUMENT_WORDS; t++) {
			Token token = this.doc.get(t);
			if (!token.word() || token.capitalized()) {
				return null;
			}
			if (DOCUMENTS.contains(token.lower())) {
				String link = t + 1 < open ? this.doc.get(t + 1).lower() : "";
				boolean from = link.equals("from") || link.equals("by") || link.equals("on") || link.equals("of");
				return from && t + 2 < open ? namedAt(t + 2) : null;
			}
		}
		return null;
	}

	/**
	 * '“…,” the statement said': the document the text told of before, "Acme said in a
	 * statement", within the last few sentences, speaks with the words of who issued it.
	 */
	LocalPerson issuerOfTheDocument(int determiner) {
		int n = this.doc.size();
		if (determiner + 2 >= n || !this.doc.get(determiner).lower().equals("the")
				|| !DOCUMENTS.contains(this.doc.get(determiner + 1).lower())
				|| !SpeechVerbs.isSpeechVerb(this.doc.get(determiner + 2).lower())) {
			return null;
		}
		String kind = this.doc.get(determiner + 1).lower();
		int oldest = this.doc.sentence[determiner] - SENTENCES_BACK_TO_THE_DOCUMENT;
		for (int t = determiner - 1; t > 2 && this.doc.sentence[t] >= oldest; t--) {
			if (this.doc.get(t).lower().equals(kind) && this.doc.get(t - 2).lower().equals("in")
					&& INDEFINITE.contains(this.doc.get(t - 1).lower())
					&& SpeechVerbs.isSpeechVerb(this.doc.get(t - 3).lower())) {
				Mention issuer = this.people.index.subjectBefore(t - 3);
				return issuer != null && issuer.subject ? issuer.person : null;
			}
		}
		return null;
	}

}
