package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Westria's manager said", "Westria's Ministry of Water said": a role or a body owned by
 * a capitalised name, most often a country, a town, a team or a firm (a person's name is
 * read before this by the readers of named owners). The owner only says whose the role or
 * body is; the phrase as written is the speaker. A body must be named by capitalised
 * words that end in a noun for a body that speaks ("Ministry", "Agency"), so a titled
 * name ("Westria's Prime Minister Jane Roe") or a paper ("Upton's Evening Star") is never
 * read as one.
 */
final class RolesOwnedByPlaces {

	/** Words of the owner's name at most: "New South Westria's". */
	private static final int MAX_OWNER_WORDS = 4;

	/** Lower-case words of the role at most: "caretaker head coach". */
	private static final int MAX_ROLE_WORDS = 3;

	/** Words of the body's name at most: "Ministry of Civil Water Affairs". */
	private static final int MAX_BODY_WORDS = 6;

	/** Small words a body's name may hold between capitalised ones. */
	private static final Set<String> INSIDE_NAMES = NameLexicon.words("of", "for", "and", "on");

	/**
	 * Capitalised words that open no owner: "The", "Its", "This", and the words a
	 * sentence opens with before its subject ("But Westria's ministry said", "Yesterday
	 * Westria's coach said"), which would be answered as part of the speaker.
	 */
	private static final Set<String> NOT_OWNERS = NameLexicon.words("the", "a", "an", "its", "his", "her", "their",
			"this", "that", "one", "but", "and", "or", "so", "yet", "yesterday", "today", "tomorrow", "tonight",
			"meanwhile", "however", "now", "then", "also", "still", "earlier", "later", "last", "in", "on", "at",
			"after", "before", "when", "while", "as", "if", "although", "though", "since", "because", "with", "for",
			"from", "by", "under", "despite", "instead", "finally", "separately", "elsewhere");

	private RolesOwnedByPlaces() {
	}

	/**
	 * The end (exclusive) of the owned role or body opening at {@code t}, or -1. The
	 * caller checks that a speech verb follows.
	 */
	static int end(DocumentTokens doc, int t) {
		int n = doc.size();
		int mark = t;
		while (mark < n && mark < t + MAX_OWNER_WORDS && doc.get(mark).word() && doc.get(mark).capitalized()
				&& (mark == t || !doc.boundaryBefore(mark))) {
			mark++;
		}
		if (mark == t || mark + 1 >= n || NOT_OWNERS.contains(doc.get(t).lower()) || doc.boundaryBefore(mark)
				|| !doc.get(mark).is("'s") && !doc.get(mark).is("’s") || doc.boundaryBefore(mark + 1)) {
			return -1;
		}
		return doc.get(mark + 1).capitalized() ? bodyEnd(doc, mark + 1) : roleEnd(doc, mark + 1);
	}

	/** "manager", "caretaker head coach": lower-case words that end in a role. */
	private static int roleEnd(DocumentTokens doc, int from) {
		int end = -1;
		for (int u = from; u < doc.size() && u < from + MAX_ROLE_WORDS && !doc.boundaryBefore(u); u++) {
			Token token = doc.get(u);
			if (!token.word() || token.capitalized() || SpeechVerbs.isSpeechVerb(token.lower())) {
				break;
			}
			end = SourceSpeakers.speaks(token.lower()) ? u + 1 : end;
		}
		return end;
	}

	/**
	 * "Ministry of Water", "Interior Ministry": capitalised words, with "of" or "and"
	 * between them, one of which names a body that speaks, and no role word that would
	 * make them a title.
	 */
	private static int bodyEnd(DocumentTokens doc, int from) {
		int n = doc.size();
		int end = -1;
		boolean body = false;
		for (int u = from; u < n && u < from + MAX_BODY_WORDS && !doc.boundaryBefore(u); u++) {
			Token token = doc.get(u);
			if (token.word() && token.capitalized() && !SpeechVerbs.isSpeechVerb(token.lower())) {
				String lower = token.lower();
				if (NameLexicon.isRoleNoun(lower) && !SourceSpeakers.SPEAKING_BODIES.contains(lower)) {
					return -1; // "Prime Minister Jane Roe": a titled person
				}
				body |= SourceSpeakers.SPEAKING_BODIES.contains(lower);
				end = u + 1;
			}
			else if (!(token.word() && INSIDE_NAMES.contains(token.lower()) && u + 1 < n && doc.get(u + 1).capitalized()
					&& !doc.boundaryBefore(u + 1))) {
				break;
			}
		}
		return body ? end : -1;
	}

}
