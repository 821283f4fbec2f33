package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * A lower-case description written right before a name, headed by a noun for a kind of
 * person that no title list holds: "rival suitor Kestrel Cellular", "large holder Lee
 * Quade", "Saudi radical Osman Tariq", "republican Janet Holt", "his Cambodian
 * interpreter Houn Vath". The head must name a person by itself (a doer's ending, a
 * stance) and, when it is a doer's ending, a word that qualifies it must stand before it,
 * so that a verb before a name ("to deliver Jane Roe") is never read as one.
 */
final class DescriptorsBeforeNames {

	private static final int MAX_QUALIFIERS = 2;

	/** Capitalized words that say when, not what kind: "In March reporter Jane Roe". */
	private static final Set<String> MONTHS = NameLexicon.words("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december");

	/** Endings of a capitalized word of origin: "Saudi", "Brazilian", "Danish". */
	private static final String[] ORIGIN_ENDINGS = { "an", "ese", "ish", "i", "ch", "ic" };

	/** Words before the description that make its head a verb: "to murder", "will". */
	private static final Set<String> VERB_MARKERS = NameLexicon.words("to", "will", "would", "can", "could", "may",
			"might", "must", "shall", "should", "did", "do", "does", "not", "never", "they", "we", "i", "you", "who");

	/** Words that open a sentence and say when or how, not what kind. */
	private static final Set<String> SENTENCE_ADVERBS = NameLexicon.words("yesterday", "today", "tonight", "tomorrow",
			"meanwhile", "later", "earlier", "now", "then", "also", "still", "instead", "here", "there", "again",
			"soon", "once", "twice");

	/** Words that count or pick out, no kind: "three other senior ...". */
	private static final Set<String> COUNTING = NameLexicon.words("one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "other", "another", "such", "same", "many", "few", "several", "both", "all", "some",
			"each", "every");

	/**
	 * Nouns that name a person only as someone's pick in a contest: "10,000m hope",
	 * "medal favourite". Alone they are a verb or a liking ("we hope Jane Roe"), so a
	 * contest word must qualify them.
	 */
	private static final Set<String> PROSPECTS = NameLexicon.words("hope", "hopeful", "favourite", "favorite",
			"prospect");

	/** Lower-case words naming what a prospect is tipped to win: "medal hope". */
	private static final Set<String> CONTESTS = NameLexicon.words("medal", "gold", "silver", "bronze", "title", "race",
			"pre-race", "podium", "championship", "cup", "final", "sprint", "marathon", "relay", "hurdles");

	/**
	 * Prepositions after which a lone doer's word is a noun, never a verb: "with walker
	 * Jane Roe", "by striker Jane Roe".
	 */
	private static final Set<String> NOUN_PREPOSITIONS = NameLexicon.words("with", "by", "including", "against");

	/** Signs of money before a number: "£5m" is five million, no distance. */
	private static final Set<String> CURRENCY = Set.of("£", "$", "€", "¥");

	private DescriptorsBeforeNames() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int head = name.firstToken - 1;
		// "moderate Arabs": a one-word name after a lone adjective may be a people, and a
		// surname alone names someone described already
		if (head < 0 || doc.boundaryBefore(name.firstToken) || !name.multiWordName() || modifiesNoun(doc, name)) {
			return;
		}
		Token headToken = doc.get(head);
		String lower = headToken.lower();
		// a plural before a name ("told reporters Jane Roe ...") describes no one of them
		boolean prospect = PROSPECTS.contains(lower) && head > 0 && !doc.boundaryBefore(head)
				&& contestQualifier(doc, head - 1);
		// "Passenger Jane Roe told ...": a noun for a kind of person that opens the
		// sentence is capitalized for the sentence alone
		boolean opening = headToken.capitalized() && doc.boundaryBefore(head) && PersonNounLexicon.listed(lower)
				&& !NameFinder.givenName(headToken);
		if (!headToken.word() || headToken.capitalized() && !opening
				|| !prospect && (!PersonNouns.namesPerson(lower) || PersonNouns.singular(lower) != null)) {
			return;
		}
		int from = head;
		while (from > 0 && head - from < MAX_QUALIFIERS && !doc.boundaryBefore(from) && qualifier(doc, from - 1)) {
			from--;
		}
		while (from <= head && from > 0 && !doc.boundaryBefore(from)
				&& VERB_MARKERS.contains(doc.get(from - 1).lower())) {
			// "to thwart hostile suitor Jane Roe": the word after "to" is a verb, no
			// qualifier
			from++;
		}
		if (from > head) {
			return;
		}
		from = thousandsStart(doc, from);
		boolean unambiguous = NameLexicon.isRoleNoun(lower) || PersonNouns.STANCES.contains(lower)
				|| PersonNounLexicon.contains(lower) || from > 0 && !doc.boundaryBefore(from)
						&& NOUN_PREPOSITIONS.contains(doc.get(from - 1).lower()) && AgentNouns.isAgent(lower);
		if (from == head && (!unambiguous || lower.equals("rival") || prospect)) {
			// "to deliver Jane Roe", "rival Acme": a lone doer's word may be a verb, a
			// lone "rival" says nothing of what kind
			return;
		}
		name.phraseStartToken = from;
		String role = opening ? lower : doc.span(from, head + 1);
		Token first = doc.get(from);
		if (first.capitalized() && doc.boundaryBefore(from) && !first.lower().contains("-")
				&& plainQualifier(first.lower()) && !origin(first.lower())) {
			// "Hostile suitor Jane Roe": the capital belongs to the sentence, not the
			// role
			role = first.lower() + role.substring(first.text().length());
		}
		name.role = role;
	}

	/**
	 * A word that qualifies the head: lower case and no verb, link or function word
	 * ("rival", "large", "longtime"), or a capitalized word of origin ("Saudi",
	 * "Anti-abortion").
	 */
	private static boolean qualifier(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (distance(doc, t)) {
			return !doc.boundaryBefore(t);
		}
		if (!token.word() || MONTHS.contains(lower) || COUNTING.contains(lower) || NameRunBreaks.weekday(token)) {
			return false;
		}
		if (token.capitalized()) {
			if (NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.PREPOSITIONS.contains(lower)
					|| SENTENCE_ADVERBS.contains(lower)) {
				return false;
			}
			if (doc.boundaryBefore(t)) {
				// "Hostile suitor Jane Roe": capitalized only because it opens the
				// sentence
				return lower.contains("-") || plainQualifier(lower);
			}
			return lower.contains("-") || origin(lower);
		}
		return LowerCaseTitles.qualifier(doc, t) && !VERB_MARKERS.contains(lower);
	}

	/**
	 * The first token of a number whose thousands a comma splits off: "10" of "10,000m".
	 */
	private static int thousandsStart(DocumentTokens doc, int t) {
		int start = t;
		while (start >= 2 && !doc.boundaryBefore(start) && doc.get(start - 1).text().equals(",")
				&& !doc.boundaryBefore(start - 1) && doc.get(start - 2).text().matches("\\d{1,3}")) {
			start -= 2;
		}
		return start;
	}

	/**
	 * A distance run or swum: "400m", "5km", or the last group of "10,000m"; "£5m" is
	 * money, no distance.
	 */
	private static boolean distance(DocumentTokens doc, int t) {
		int start = thousandsStart(doc, t);
		return distance(doc.get(t).text())
				&& (start == 0 || doc.boundaryBefore(start) || !CURRENCY.contains(doc.get(start - 1).text()));
	}

	/** A distance run or swum, or its last group of digits: "400m", "5km", "000m". */
	private static boolean distance(String text) {
		return text.matches("\\d+(m|km|k)");
	}

	/**
	 * The word before a prospect's noun names a contest: a distance, a medal or title, or
	 * a capitalized word of origin inside the sentence ("Olympic hope", "British hope").
	 */
	private static boolean contestQualifier(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		String lower = token.lower();
		if (distance(doc, t)) {
			return true;
		}
		if (token.capitalized()) {
			// "Olympic hope Jane Roe" may open the sentence: a word of origin is no verb
			return origin(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower);
		}
		return token.word() && CONTESTS.contains(lower);
	}

	private static boolean origin(String lower) {
		for (String ending : ORIGIN_ENDINGS) {
			if (lower.endsWith(ending) && lower.length() > 3) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "three senior Reuters executives": the name qualifies the plural after it, and the
	 * words before are that plural's.
	 */
	private static boolean modifiesNoun(DocumentTokens doc, Mention name) {
		int after = name.endToken;
		if (after >= doc.size() || doc.boundaryBefore(after) || !doc.get(after).word()
				|| doc.get(after).capitalized()) {
			return false;
		}
		String singular = PersonNouns.singular(doc.get(after).lower());
		return singular != null && PersonNouns.namesPerson(singular);
	}

	/** A word that may qualify a noun: no function word, link, verb or adverb. */
	private static boolean plainQualifier(String lower) {
		return lower.length() >= 3 && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.PREPOSITIONS.contains(lower) && !TitlesBeforeNames.LINKS.contains(lower)
				&& !SpeechVerbs.isSpeechVerb(lower) && !RoleWords.VERBS.contains(lower) && !lower.endsWith("ed")
				&& !lower.endsWith("ly") && !lower.endsWith("ing") && !VERB_MARKERS.contains(lower)
				&& PersonNouns.singular(lower) == null && lower.chars().allMatch(Character::isLetter);
	}

}
