package app.quarry.generation.extract.people;

import java.util.HashSet;
import java.util.Set;

/**
 * The name standing right before a comma: a run of capitalized words, numbers after them
 * ("Flight 17") and "of" between them ("Security Service of Ukraine"). A sentence's first
 * word counts only where it is a name: written in capitals, or capitalized inside another
 * sentence too ("Meanwhile, the ..." names no one).
 */
final class NamesBeforeCommas {

	private static final int MAX_NAME_TOKENS = 6;

	/** Eras and time zones, written in capitals like names: "in 331 BC, the city". */
	private static final Set<String> ERAS_AND_ZONES = NameLexicon.words("bc", "ad", "bce", "ce", "utc", "gmt", "est",
			"edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "bst", "ist", "jst", "aest");

	private NamesBeforeCommas() {
	}

	/** Lower-cased words the document capitalizes somewhere inside a sentence. */
	static Set<String> capitalizedInsideSentences(DocumentTokens doc) {
		Set<String> words = new HashSet<>();
		for (int t = 0; t < doc.size(); t++) {
			if (doc.get(t).capitalized() && !doc.boundaryBefore(t) && !doc.startsSentence[t]) {
				words.add(doc.get(t).lower());
			}
		}
		return words;
	}

	/** Where the name ending before {@code comma} starts; -1 when no name ends there. */
	static int start(DocumentTokens doc, int comma, Set<String> namesInside) {
		int start = comma;
		while (start > 0 && comma - start < MAX_NAME_TOKENS && (start == comma || !doc.boundaryBefore(start))
				&& nameWord(doc, start - 1)) {
			start--;
		}
		if (start < comma - 1 && doc.get(start).lower().equals("the")) {
			start++; // "The Vellhaus Group, ...": the article opens the sentence, not the
						// name
		}
		if (start == comma || !doc.get(start).capitalized()) {
			return -1;
		}
		if (start >= 2 && !doc.boundaryBefore(start) && doc.get(start - 1).lower().equals("of")
				&& doc.get(start - 2).capitalized()) {
			return -1; // "the Security Service of Ukraine": the name runs on before "of"
		}
		if (start >= 2 && !doc.boundaryBefore(start) && doc.get(start - 1).is(",")
				&& doc.get(start - 2).capitalized()) {
			return -1; // "Brevik, Skarva, the capital, ...": an item of a list of names
		}
		if (Character.isDigit(doc.get(start).text().charAt(0))
				|| Character.isDigit(doc.get(comma - 1).text().charAt(0)) && comma - start < 3) {
			return -1; // "Skarva 1, the final score": a score or a number, not a name
		}
		if (start >= 2 && !doc.boundaryBefore(start) && doc.get(start - 1).lower().equals("and")
				&& doc.get(start - 2).capitalized()) {
			return -1; // "Somalia Water and Land Management": where the name starts is
						// unsure
		}
		if (inOpeningPhrase(doc, start)) {
			return -1; // "According to the Survey, the quake struck ..."
		}
		if (start > 0 && !doc.boundaryBefore(start) && !doc.get(start - 1).word()
				&& doc.get(start - 1).text().matches("[\"“‘']")) {
			return -1; // a quoted title
		}
		if (ThingNames.calendarWord(doc, start, comma) || ERAS_AND_ZONES.contains(doc.get(comma - 1).lower())
				|| NameLexicon.FUNCTION_WORDS.contains(doc.get(start).lower())
				|| NameLexicon.HONORIFICS.contains(doc.get(comma - 1).lower())) {
			return -1;
		}
		boolean opensSentence = doc.boundaryBefore(start) || doc.startsSentence[start];
		if (opensSentence && !acronym(doc.get(start)) && !namesInside.contains(doc.get(start).lower())) {
			if (comma - start == 1) {
				return -1;
			}
			int trimmed = PartOfSpeech.isProperNounAtSentenceStart(doc, start, comma) ? start : start + 1;
			return Character.isDigit(doc.get(trimmed).text().charAt(0)) ? -1 : trimmed;
		}
		return start;
	}

	/**
	 * A name inside the phrase a sentence opens with ("In Australia, the government ...",
	 * "Asked about Norland, the spokesman ..."): the comma after it closes that phrase,
	 * and what follows is the sentence's subject. A participle opening the sentence is
	 * read by its ending, since the model costs too much for every comma.
	 */
	private static boolean inOpeningPhrase(DocumentTokens doc, int start) {
		if (ThingsSetOff.inOpeningPhrase(doc, start)) {
			return true;
		}
		int first = start;
		while (first > 0 && !doc.boundaryBefore(first) && !doc.startsSentence[first]) {
			first--;
			if (doc.get(first).is(",")) {
				return false;
			}
		}
		String word = doc.get(first).lower();
		return first < start && (word.endsWith("ing") || word.endsWith("ed"));
	}

	/**
	 * Where the name that opens its sentence and ends before the copula at {@code copula}
	 * starts ("Korva is", "The Vellhaus Group was"); -1 when the sentence opens
	 * otherwise. The tagger decides whether a first word no other sentence capitalizes is
	 * a name.
	 */
	static int subjectStart(DocumentTokens doc, int copula, Set<String> namesInside) {
		int start = copula;
		while (start > 0 && copula - start < MAX_NAME_TOKENS && !doc.boundaryBefore(start)
				&& nameWord(doc, start - 1)) {
			start--;
		}
		if (start < copula - 1 && doc.get(start).lower().equals("the")) {
			start++;
		}
		if (start == copula || !doc.get(start).capitalized() || ThingNames.calendarWord(doc, start, copula)
				|| NameLexicon.FUNCTION_WORDS.contains(doc.get(start).lower())
				|| SubjectActs.pronoun(doc.get(start).lower())) {
			return -1;
		}
		boolean opens = doc.boundaryBefore(start) || doc.startsSentence[start];
		boolean afterThe = start > 0 && doc.get(start - 1).lower().equals("the")
				&& (doc.boundaryBefore(start - 1) || doc.startsSentence[start - 1]);
		if (!opens && !afterThe) {
			return -1;
		}
		boolean name = afterThe || acronym(doc.get(start)) || namesInside.contains(doc.get(start).lower())
				|| PartOfSpeech.isProperNounAtSentenceStart(doc, start, copula);
		return name ? start : -1;
	}

	/**
	 * "TEPCO", "NISA": a word in capitals names a body or a thing, never a plain word.
	 */
	static boolean acronym(Token token) {
		String text = token.text();
		return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
				&& Character.isLetter(text.charAt(0));
	}

	private static boolean nameWord(DocumentTokens doc, int t) {
		Token token = doc.get(t);
		if (token.capitalized()) {
			return true;
		}
		boolean afterName = t > 0 && doc.get(t - 1).capitalized() && !doc.boundaryBefore(t);
		if (token.text().matches("\\d{1,4}")) {
			return afterName; // "Flight 17", "Falcon 9"
		}
		return token.lower().equals("of") && afterName && t + 1 < doc.size() && doc.get(t + 1).capitalized();
	}

}
