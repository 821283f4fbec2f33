package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Locale;

/**
 * 'Brandt was pleased with the win in Lakeside. “…,” he said.': a sentence whose subject
 * is a name the reader could not take for a person (a lone surname never introduced) puts
 * someone in focus whom the names it kept never saw, so "he" or "she" in that sentence or
 * the next one is likely that person. Read as anyone the text named before, the pronoun
 * is left unclear: no speaker beats a wrong one.
 */
final class UnreadNamesBeforePronouns {

	private UnreadNamesBeforePronouns() {
	}

	/**
	 * Whether the pronoun's sentence, or the one before it in the same paragraph, opens
	 * with a proper noun no mention covers, followed by a verb.
	 */
	static boolean standsFor(DocumentTokens doc, List<Mention> mentions, Mention pronoun) {
		String word = pronoun.surface.toLowerCase(Locale.ROOT);
		if (!word.equals("he") && !word.equals("she") || pronoun.inQuote) {
			return false;
		}
		int start = doc.sentenceStart(pronoun.firstToken);
		if (start < pronoun.firstToken && opensWithUnreadName(doc, mentions, start)) {
			return true; // "Brandt said he …"
		}
		return start > 0 && !doc.afterLineBreak[start]
				&& opensWithUnreadName(doc, mentions, doc.sentenceStart(start - 1));
	}

	private static boolean opensWithUnreadName(DocumentTokens doc, List<Mention> mentions, int first) {
		if (first + 1 >= doc.size()) {
			return false;
		}
		Token name = doc.get(first);
		Token next = doc.get(first + 1);
		if (!name.word() || !name.capitalized() || NameLexicon.FUNCTION_WORDS.contains(name.lower()) || !next.word()
				|| next.capitalized() || covered(mentions, first)) {
			return false;
		}
		return PartOfSpeech.isProperNounAtSentenceStart(doc, first, first + 1)
				&& PartOfSpeech.isVerb(doc, first, first + 1);
	}

	private static boolean covered(List<Mention> mentions, int token) {
		for (Mention mention : mentions) {
			if (mention.firstToken <= token && token < mention.endToken
					|| mention.phraseStartToken <= token && token < mention.endToken) {
				return true;
			}
		}
		return false;
	}

}
