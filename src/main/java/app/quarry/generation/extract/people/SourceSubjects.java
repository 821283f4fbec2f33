package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * The subject of a speech verb when it is no person's mention: "It" for the organisation
 * the sentence before opened with, an organisation's name opening the verb's clause, with
 * an apposition or an acronym spelled out earlier, or an article and a noun ("the federal
 * government had stated"). Read with {@link SourceSpeakers}, which tells what such words
 * name.
 */
final class SourceSubjects {

	private final DocumentTokens doc;

	private final SourceSpeakers sources;

	SourceSubjects(DocumentPeople people, SourceSpeakers sources) {
		this.doc = people.doc;
		this.sources = sources;
	}

	/**
	 * "The US Treasury described the plan. It said that “…”": "It" opening a sentence
	 * stands for the organisation that opened the sentence before.
	 */
	LocalPerson itBefore(int verb) {
		int it = verb - 1;
		if (it < 1 || !this.doc.get(it).is("It") || !this.doc.startsSentence[it]) {
			return null;
		}
		int previous = it - 1;
		int sentence = this.doc.sentence[previous];
		while (previous > 0 && this.doc.sentence[previous - 1] == sentence) {
			previous--;
		}
		int name = this.doc.get(previous).is("The") ? previous + 1 : previous;
		int end = this.sources.nameEnd(name);
		if (end <= name || end >= it) {
			return null;
		}
		Token next = this.doc.get(end);
		// "Cycling's governing body …": a possessive mark is no verb, and the word before
		// it is no name of the sentence's subject
		boolean verbFollows = next.word() && !next.capitalized() && !NameFinder.isPossessiveMark(next)
				&& (next.lower().endsWith("ed") || next.lower().endsWith("s"));
		return !verbFollows ? null : name > previous ? SourceSpeakers.described(this.doc.span(previous, end))
				: this.sources.namedAt(previous);
	}

	/**
	 * "Nasdaq, meanwhile, says": an organisation's name that opens the clause of a speech
	 * verb, with only adverbs between them, speaks; null when no such name is there.
	 */
	LocalPerson nameBefore(int verb, Set<String> betweenSubjectAndVerb) {
		if (verb < 1 || this.doc.boundaryBefore(verb)) {
			return null; // a verb opening its sentence has no subject before it
		}
		int v = verb - 1;
		while (v > 0
				&& (this.doc.get(v).is(",")
						|| this.doc.get(v).word() && betweenSubjectAndVerb.contains(this.doc.get(v).lower()))
				&& !this.doc.boundaryBefore(v)) {
			v--;
		}
		v = BracketedInitials.before(this.doc, v); // "Acme Foods (AF) said"
		int first = runStart(v);
		int body = PlacesAfterBodies.bodyEnd(this.doc, first, v + 1);
		if (body > 0) {
			// "the Coastal Safety Centre of Norland said": the body is named before
			// the country it serves
			v = body - 1;
			first = runStart(v);
		}
		if (!this.doc.boundaryBefore(first) && ListedNamesInAppositions.goesOn(this.doc, 0, first - 1)) {
			return null; // "Ministry of Trade, Fisheries and Forests said": the tail of
							// one body's name
		}
		boolean opensClause = this.doc.boundaryBefore(first) || this.doc.get(first - 1).is(",")
				|| this.doc.get(first - 1).lower().equals("that")
				// "Park operator Acme Holdings said": the kind of body before its name
				|| KindsBeforeSourceNames.kindOpeningClause(this.doc, first);
		// "The White House said": the article opening the sentence is the name's
		int name = first < v && SourceSpeakers.ARTICLES.contains(this.doc.get(first).lower()) ? first + 1 : first;
		if (v < name || this.sources.nameEnd(name) != v + 1) {
			return null;
		}
		return opensClause ? this.sources.namedAt(first) : theNameOpeningClause(first, v + 1);
	}

	/**
	 * Where the run of capitalised words and the links inside a name ending at v starts.
	 */
	private int runStart(int v) {
		int first = v;
		while (first > 0 && !this.doc.boundaryBefore(first)
				&& (this.doc.get(first - 1).capitalized()
						|| SourceSpeakers.NAME_LINKS.contains(this.doc.get(first - 1).lower()) && first >= 2
								&& this.doc.get(first - 2).capitalized())) {
			first--;
		}
		return first;
	}

	/**
	 * "In that suit, the SEC accused …", "Separately, the Federal Trade Commission said
	 * …": a body's name with its article opening a clause; null when the article does not
	 * open the clause or the name is neither a body's nor an acronym.
	 */
	private LocalPerson theNameOpeningClause(int first, int end) {
		int article = first - 1;
		if (article < 0 || !this.doc.get(article).is("the") || !(this.doc.boundaryBefore(article)
				|| article > 0 && this.doc.get(article - 1).is(",") || coordinatedClause(article))) {
			return null;
		}
		LocalPerson body = this.sources.namedAt(article);
		return body != null || end != first + 1 ? body : spelledOutBefore(this.doc.get(first).text(), article);
	}

	/**
	 * "Acme says it is “…”, and the SEC says it is “…”": a conjunction after a comma
	 * opens a clause of its own, whose subject is the body named after it.
	 */
	private boolean coordinatedClause(int article) {
		return article > 1 && COORDINATORS.contains(this.doc.get(article - 1).lower())
				&& !this.doc.boundaryBefore(article) && this.doc.get(article - 2).is(",");
	}

	private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas");

	/**
	 * "the Securities and Exchange Commission ... the SEC": the name an abbreviation
	 * stands for, spelled out earlier in the document; null when it is not, as an
	 * abbreviation alone may be read in more than one way.
	 */
	private LocalPerson spelledOutBefore(String acronym, int before) {
		if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
			return null;
		}
		for (int u = before - 1; u >= 0; u--) {
			int end = this.sources.nameEnd(u);
			if (end > u + 1 && this.doc.get(end - 1).word() && Acronyms.spells(acronym, this.doc.span(u, end))) {
				String name = this.doc.span(u, end);
				LocalPerson organisation = new LocalPerson(NameKey.of(name), name);
				organisation.addSpelling(name);
				organisation.described = true; // no "he" or "she" stands for it
				return organisation;
			}
		}
		return null;
	}

	/**
	 * "Acme Holdings Ltd., one of the companies owned by Roe, said": the name that opens
	 * the sentence speaks when an apposition set off by commas stands between it and the
	 * verb; null when the sentence opens otherwise.
	 */
	LocalPerson nameBeforeApposition(int verb) {
		int close = verb - 1;
		if (close < 3 || !this.doc.get(close).is(",") || this.doc.boundaryBefore(close)) {
			return null;
		}
		int start = close;
		while (start > 0 && !this.doc.boundaryBefore(start)) {
			start--;
		}
		int end = this.sources.nameEnd(start);
		if (end > start && end + 1 < close && this.doc.get(end).is(".") && !this.doc.boundaryBefore(end + 1)) {
			end++; // "Acme Ltd.,"
		}
		if (end <= start || end + 1 >= close || !this.doc.get(end).is(",") || !this.doc.get(end + 1).word()
				|| this.doc.get(end + 1).capitalized()) {
			return null;
		}
		for (int t = end + 1; t < close; t++) {
			if (!this.doc.get(t).word() && !this.doc.get(t).is("-")) {
				return null; // "Acme, Beta and Gamma, said" or a quotation: no one
								// apposition
			}
		}
		return this.sources.namedAt(start);
	}

	/**
	 * "Roe said the federal government had already stated to him that …": the words right
	 * before a speech verb are its subject when they are an article and a noun; a body or
	 * a role is the speaker, anything else leaves the speaker unknown. Returns the first
	 * token of such a subject, or -1.
	 */
	int nounSubjectBefore(int verb, Set<String> betweenSubjectAndVerb) {
		int v = verb - 1;
		while (v > 0 && this.doc.get(v).word() && betweenSubjectAndVerb.contains(this.doc.get(v).lower())) {
			v--;
		}
		if (v < 0 || !this.doc.get(v).word() || this.doc.get(v).capitalized()
				|| NameLexicon.FUNCTION_WORDS.contains(this.doc.get(v).lower())) {
			return -1;
		}
		for (int d = v - 1; d >= 0 && d >= v - 4 && this.doc.get(d).word() && !this.doc.boundaryBefore(d + 1); d--) {
			String lower = this.doc.get(d).lower();
			if (SourceSpeakers.ARTICLES.contains(lower)) {
				return d;
			}
			if (NameLexicon.FUNCTION_WORDS.contains(lower) || SpeechVerbs.isSpeechVerb(lower)) {
				return -1;
			}
		}
		return -1;
	}

}
