package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe's letter said", "Roe's remarks calling it “…”": a text or a saying a name owns
 * speaks with its owner's words, where "Roe's agent said" does not. Shared by the
 * readings of "according to" and of a speech verb's subject, which both meet owners.
 */
final class SayingsOwnedByNames {

	/** Nouns for what someone said, besides the documents that carry it. */
	static final Set<String> SAID_THINGS = Set.of("remarks", "remark", "comments", "comment", "words", "speech",
			"claim", "claims", "response", "reply", "answer", "warning", "interview", "testimony", "tweet", "blog");

	private SayingsOwnedByNames() {
	}

	/** Whether the word after a possessive name is a document or a saying. */
	static boolean ownsADocument(DocumentTokens doc, Mention owner) {
		int noun = owner.endToken + 1;
		if (noun >= doc.size()) {
			return false;
		}
		String lower = doc.get(noun).lower();
		return SourceSpeakers.DOCUMENTS.contains(lower) || SAID_THINGS.contains(lower);
	}

}
