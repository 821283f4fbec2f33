package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * What an organisation is, told between dashes after its name: "Harlow Bureau — a
 * government agency in the city of Lune — owns 55% of Brovex." Both dashes must be of one
 * kind (an em dash, an en dash, a spaced hyphen or a double hyphen), the phrase must open
 * with an article and reach a word for an organisation through modifiers alone, and the
 * sentence must go on after the closing dash, so that the dashes are an interruption and
 * not a clause of their own.
 */
final class DashedAppositions {

	private static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	private static final Set<String> DASHES = Set.of("—", "–", "-");

	private static final int MAX_DESCRIPTION_TOKENS = 16;

	private static final int MAX_MODIFIERS = 5;

	private DashedAppositions() {
	}

	/**
	 * The description set off by dashes after the name ending at {@code end}, or null.
	 */
	static String after(DocumentTokens doc, int start, int end) {
		int width = dashWidth(doc, end, null);
		if (width == 0) {
			return null;
		}
		int first = end + width;
		if (first + 2 >= doc.size() || doc.boundaryBefore(first) || !ARTICLES.contains(doc.get(first).lower())) {
			return null;
		}
		int noun = first + 1;
		while (noun < doc.size() && noun - first <= MAX_MODIFIERS && !doc.boundaryBefore(noun)
				&& !organisationNoun(doc, noun)) {
			if (!modifier(doc.get(noun))) {
				return null;
			}
			noun++;
		}
		if (noun >= doc.size() || doc.boundaryBefore(noun) || !organisationNoun(doc, noun)) {
			return null;
		}
		String dash = doc.get(end).text();
		for (int t = noun + 1; t < doc.size() && t - first <= MAX_DESCRIPTION_TOKENS && !doc.boundaryBefore(t); t++) {
			Token token = doc.get(t);
			int closing = dashWidth(doc, t, dash);
			if (closing > 0) {
				int after = t + closing;
				boolean goesOn = after < doc.size() && !doc.boundaryBefore(after) && doc.get(after).word()
						&& !doc.get(after).capitalized();
				return goesOn && (closing == width) ? doc.span(first, t) : null;
			}
			if (token.is("\"") || token.is("“") || token.is("”") || token.is("(") || token.is(";") || token.is(":")
					|| SpeechVerbs.isSpeechVerb(token.lower())) {
				return null;
			}
		}
		return null;
	}

	/**
	 * How many tokens the dash at {@code at} takes (a double hyphen takes two), or 0 when
	 * none stands there or it is not of the kind {@code kind} asks.
	 */
	private static int dashWidth(DocumentTokens doc, int at, String kind) {
		if (at >= doc.size() || doc.boundaryBefore(at) || !DASHES.contains(doc.get(at).text())
				|| kind != null && !kind.equals(doc.get(at).text())) {
			return 0;
		}
		boolean doubled = doc.get(at).is("-") && at + 1 < doc.size() && doc.get(at + 1).is("-")
				&& doc.get(at + 1).start() == doc.get(at).end();
		return doubled ? 2 : 1;
	}

	private static boolean organisationNoun(DocumentTokens doc, int t) {
		String lower = doc.get(t).lower();
		return !doc.get(t).capitalized()
				&& (OrganisationWords.NOUNS.contains(lower) || OrganisationWords.UNITS.contains(lower));
	}

	private static boolean modifier(Token token) {
		String lower = token.lower();
		return token.word() && !OrganisationFinder.VERBS.contains(lower) && !NameLexicon.PREPOSITIONS.contains(lower)
				&& !NameLexicon.FUNCTION_WORDS.contains(lower) && !SpeechVerbs.isSpeechVerb(lower);
	}

}
