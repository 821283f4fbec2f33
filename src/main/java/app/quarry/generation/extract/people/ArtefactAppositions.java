package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What widens {@link ThingsSetOff}'s apposition after a name: a description that goes on
 * with an "of" phrase ("Kite 7, a fresh release of the mapping software that guides its
 * drones,"), and a plain name ("Marlin, the newest version of ...", "Weaver, a graphical
 * scripting interface that ...") that only the description's head shows to be a made
 * thing.
 */
final class ArtefactAppositions {

	/**
	 * Heads that name a kind of made thing, never a person, a place or a body: they let a
	 * name that shows nothing of itself ("Marlin") stand for a thing.
	 */
	private static final Set<String> ARTEFACTS = NameLexicon.words("version", "edition", "release", "update", "upgrade",
			"interface", "software", "application", "app", "program", "programme", "browser", "suite", "system",
			"platform", "tool", "feature", "index", "device", "gadget", "handset", "smartphone", "phone", "tablet",
			"laptop", "notebook", "console", "chip", "microprocessor", "processor", "aircraft", "airliner", "jet",
			"jetliner", "plane", "helicopter", "rocket", "missile", "satellite", "spacecraft", "vehicle", "car",
			"truck", "locomotive", "vessel", "ship", "drug", "vaccine", "medicine", "engine", "reactor", "telescope",
			"database", "protocol", "format", "font", "codec", "kernel", "model");

	/**
	 * Articles an "of" phrase may open with; "its" would need the sentence to say whose.
	 */
	private static final Set<String> OWNERS = NameLexicon.words("the", "a", "an");

	/** Owners only the sentence can name: "of its office suite". */
	private static final Set<String> PRONOUNS = NameLexicon.words("its", "their", "his", "her", "our", "my", "your");

	private static final int MAX_OF_TOKENS = 8;

	private ArtefactAppositions() {
	}

	/** Whether {@code head} names a kind of made thing. */
	static boolean artefact(String head) {
		return ARTEFACTS.contains(head);
	}

	/**
	 * The token after "of the company's desktop operating system" that starts at
	 * {@code of}: the phrase runs over modifiers to a comma, a full stop, a relative
	 * pronoun or the sentence's end; -1 when no "of" stands there or the phrase is not
	 * closed.
	 */
	static int ofPhraseEnd(DocumentTokens doc, int of) {
		if (of + 2 >= doc.size() || !doc.get(of).lower().equals("of") || doc.boundaryBefore(of + 1)) {
			return -1;
		}
		int t = of + 1;
		if (OWNERS.contains(doc.get(t).lower())) {
			t++;
		}
		else if (!ThingDescriptions.modifier(doc.get(t)) || PRONOUNS.contains(doc.get(t).lower())) {
			return -1; // "of its office suite": whose, the card could not say
		}
		int from = t;
		while (t < doc.size() && !doc.boundaryBefore(t) && t - of <= MAX_OF_TOKENS
				&& (ThingDescriptions.modifier(doc.get(t)) || doc.get(t).capitalized() && doc.get(t).word())) {
			if (OrganisationFinder.VERBS.contains(doc.get(t).lower()) || PRONOUNS.contains(doc.get(t).lower())) {
				return -1;
			}
			t++;
		}
		boolean closed = t >= doc.size() || doc.boundaryBefore(t) || ",.;".contains(doc.get(t).text())
				|| doc.get(t).lower().equals("that") || doc.get(t).lower().equals("which");
		return closed && t > from && t - of <= MAX_OF_TOKENS ? t : -1;
	}

	/** The token after the run of modifiers that starts at {@code from}. */
	static int modifiersEnd(DocumentTokens doc, int from) {
		int end = from;
		while (end < doc.size() && !doc.boundaryBefore(end) && ThingDescriptions.modifier(doc.get(end))) {
			end++;
		}
		return end;
	}

	/**
	 * A plain capitalized name that may stand for a thing: no place, company or calendar
	 * word, and at a sentence's start no word the sentence merely opens with.
	 */
	static boolean plainName(DocumentTokens doc, int start, int end) {
		if (ThingNames.placeOrCompany(doc, start, end) || ThingNames.calendarWord(doc, start, end)
				|| !ThingNames.letters(doc, start, end) || !doc.get(start).capitalized()) {
			return false;
		}
		for (int t = start; t < end; t++) {
			if (NameLexicon.FUNCTION_WORDS.contains(doc.get(t).lower())) {
				return false;
			}
		}
		return !doc.boundaryBefore(start) || PartOfSpeech.isProperNounAtSentenceStart(doc, start, end);
	}

}
