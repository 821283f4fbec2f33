package app.quarry.generation.extract.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up a document's mentions by position for the attribution rules: the mention that
 * starts at a token, the subject of a verb, the subject of a sentence's main clause.
 */
final class MentionIndex {

	private final DocumentTokens doc;

	private final List<Mention> mentions;

	private final Map<Integer, Mention> byPhraseStart = new HashMap<>();

	MentionIndex(DocumentTokens doc, List<Mention> mentions) {
		this.doc = doc;
		this.mentions = mentions;
		for (Mention mention : mentions) {
			this.byPhraseStart.putIfAbsent(mention.phraseStartToken, mention);
		}
	}

	/** The resolved mention whose phrase (title included) starts at the token, if any. */
	Mention mentionStartingAt(int token) {
		Mention mention = this.byPhraseStart.get(token);
		return mention == null || mention.inQuote || mention.person == null ? null : mention;
	}

	/** The resolved name whose last token is the given one, if any. */
	Mention mentionEndingAt(int token) {
		int i = lastMentionBefore(token + 1);
		if (i < 0) {
			return null;
		}
		Mention mention = this.mentions.get(i);
		return mention.endToken == token + 1 && mention.kind == Mention.Kind.NAME && !mention.inQuote
				&& mention.person != null ? mention : null;
	}

	/** The subject of a verb: the nearest subject mention before it in its sentence. */
	Mention subjectBefore(int verbToken) {
		int sentence = this.doc.sentence[verbToken];
		Mention fallback = null;
		for (int i = lastMentionBefore(verbToken); i >= 0; i--) {
			Mention mention = this.mentions.get(i);
			if (mention.sentence != sentence) {
				break;
			}
			if (mention.inQuote || mention.embedded || mention.person == null
					|| mention.kind == Mention.Kind.PRONOUN && mention.possessive) {
				continue;
			}
			if (mention.subject) {
				return mention;
			}
			fallback = fallback == null ? mention : fallback;
		}
		return fallback;
	}

	/**
	 * The subject of a sentence's main clause: its first subject mention before the
	 * token.
	 */
	Mention mainSubject(int sentence, int beforeToken) {
		int first = lastMentionBefore(beforeToken);
		while (first > 0 && this.mentions.get(first - 1).sentence == sentence) {
			first--;
		}
		int sentenceStart = this.doc.sentenceStart(Math.min(beforeToken, this.doc.size() - 1));
		int clause = ClauseOfToken.start(this.doc, sentenceStart, beforeToken);
		for (int i = first; i >= 0 && i < this.mentions.size(); i++) {
			Mention mention = this.mentions.get(i);
			if (mention.firstToken >= beforeToken || mention.sentence != sentence) {
				break;
			}
			if (mention.firstToken >= clause && mention.subject && !mention.inQuote && mention.person != null
					&& !(mention.kind == Mention.Kind.PRONOUN && mention.possessive)) {
				return mention;
			}
		}
		Mention nearest = subjectBefore(beforeToken);
		// "Westria denied it, and the country's army warned": the clause's subject is
		// no one the document names, and the first clause's is not it
		return nearest != null && nearest.firstToken < clause ? null : nearest;
	}

	/**
	 * The first name or pronoun of a sentence in subject position before the token, if
	 * any: who the sentence is about.
	 */
	Mention firstSubject(int sentence, int beforeToken) {
		int first = lastMentionBefore(beforeToken);
		while (first > 0 && this.mentions.get(first - 1).sentence == sentence) {
			first--;
		}
		for (int i = Math.max(0, first); i < this.mentions.size(); i++) {
			Mention mention = this.mentions.get(i);
			if (mention.firstToken >= beforeToken || mention.sentence != sentence) {
				return null;
			}
			if (mention.subject && !mention.inQuote && mention.person != null
					&& mention.kind != Mention.Kind.DESCRIPTION && !mention.possessive) {
				return mention;
			}
		}
		return null;
	}

	private int lastMentionBefore(int token) {
		int low = 0;
		int high = this.mentions.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.mentions.get(mid).firstToken < token) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low - 1;
	}

}
