package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * '“…,” said the European indoor champion.' after 'Team captain Jane Roe said the side
 * was ready.': a definite description headed by a title won rather than an office held (a
 * champion, a medallist, a winner) stands for the person the story is about at that
 * point: the named subject that opens the last sentence telling of someone, with only
 * quoted words between. An office ("the prime minister", "the editor") may belong to
 * someone the story never named, so it is left to the roles the text gives.
 */
final class TitleHoldersInFocus {

	/** Titles won by a person, told by "the" once the person is in focus. */
	private static final Set<String> TITLES_WON = NameLexicon.words("champion", "medallist", "medalist", "winner",
			"titleholder", "finalist", "laureate");

	/** Sentences back the person in focus may have been named in, at most. */
	private static final int MAX_SENTENCES_BACK = 3;

	private TitleHoldersInFocus() {
	}

	/** Whether the words are "the" and a title won: a description of a named person. */
	static boolean titleWon(String description) {
		String[] words = description.toLowerCase(Locale.ROOT).split(" ");
		return words.length >= 2 && words[0].equals("the") && TITLES_WON.contains(words[words.length - 1]);
	}

	/**
	 * Words before a rival that make the rival the one who won: "lost to", "beaten by".
	 */
	private static final Set<String> WINNER_BEFORE = NameLexicon.words("to", "by");

	/** The person the description stands for, or null when the story leaves it open. */
	static LocalPerson referent(DocumentTokens doc, List<Mention> mentions, Mention description) {
		if (!titleWon(description.surface)) {
			return null;
		}
		int index = mentions.indexOf(description);
		// no one named before it in its own sentence: "Roe beat Lee, and the champion
		// said" leaves open which of them won
		for (int i = index - 1; i >= 0 && mentions.get(i).sentence == description.sentence; i--) {
			if (!mentions.get(i).inQuote) {
				return null;
			}
		}
		for (int sentence = description.sentence - 1; sentence >= description.sentence - MAX_SENTENCES_BACK
				&& sentence >= 0; sentence--) {
			Mention first = firstOutsideQuotes(mentions, index, sentence);
			if (first == null) {
				continue; // a sentence of quoted words only goes on with the same person
			}
			boolean clear = first.subject && !first.possessive && first.person != null && !first.person.described
					&& !first.unclearSurname && !first.unclearReferent
					&& first.person.gender.agreesWith(description.gender) && !rivalWon(doc, mentions, index, first);
			return clear ? first.person : null;
		}
		return null;
	}

	/**
	 * The person "the world indoor champion" over exactly the tokens from {@code from} to
	 * {@code to} stood for, or null.
	 */
	static LocalPerson over(MentionIndex index, int from, int to) {
		Mention mention = index.mentionStartingAt(from);
		return mention != null && mention.kind == Mention.Kind.DESCRIPTION && mention.endToken == to
				&& titleWon(mention.surface) ? mention.person : null;
	}

	/**
	 * "Tom Roe lost to Jim Lee", "Roe was beaten by Lee": another person named after "to"
	 * or "by" in the subject's sentence may be the one who won the title, not the
	 * subject.
	 */
	private static boolean rivalWon(DocumentTokens doc, List<Mention> mentions, int before, Mention subject) {
		for (int i = before - 1; i >= 0 && mentions.get(i).sentence >= subject.sentence; i--) {
			Mention other = mentions.get(i);
			if (other.sentence == subject.sentence && other.kind == Mention.Kind.NAME && !other.inQuote
					&& other.person != subject.person && other.firstToken > 0
					&& WINNER_BEFORE.contains(doc.get(other.firstToken - 1).lower())) {
				return true;
			}
		}
		return false;
	}

	private static Mention firstOutsideQuotes(List<Mention> mentions, int before, int sentence) {
		Mention first = null;
		for (int i = before - 1; i >= 0 && mentions.get(i).sentence >= sentence; i--) {
			Mention mention = mentions.get(i);
			if (mention.sentence == sentence && !mention.inQuote && mention.kind != Mention.Kind.DESCRIPTION) {
				first = mention;
			}
		}
		return first;
	}

}
