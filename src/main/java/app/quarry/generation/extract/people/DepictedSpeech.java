package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * 'The leaflet depicts Mr Roe holding a broom, saying: “…”', 'An advert depicted a nurse
 * saying “…”': words a picture, a poster or a film puts in someone's mouth are no words
 * that person said. A participle of speech after a verb that shows or depicts a named
 * person hands over no speaker.
 */
final class DepictedSpeech {

	private static final Set<String> DEPICTING = NameLexicon.words("show", "shows", "showed", "depict", "depicts",
			"depicted", "portray", "portrays", "portrayed", "pictures", "pictured", "features", "featured");

	private DepictedSpeech() {
	}

	/**
	 * Whether a verb of depicting with a named person right after it ("shows Mr Roe")
	 * stands in the participle's sentence before it; "figures that show sales fell,
	 * saying" depict no one, and the words stay the subject's.
	 */
	static boolean depicted(DocumentTokens doc, MentionIndex mentions, int participle) {
		for (int t = participle - 1; t >= 0 && doc.sentence[t] == doc.sentence[participle]; t--) {
			if (doc.get(t).word() && !doc.get(t).capitalized() && DEPICTING.contains(doc.get(t).lower())
					&& mentions.mentionStartingAt(t + 1) != null) {
				return true;
			}
			if (doc.boundaryBefore(t)) {
				break;
			}
		}
		return false;
	}

}
