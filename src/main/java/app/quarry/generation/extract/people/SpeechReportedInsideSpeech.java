package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * 'Roe said the stranger, who ran off, claimed he was “…”', 'Roe said that his neighbour
 * had insisted it was “…”': when a speech verb is itself reported by an earlier one, the
 * quoted words are those of the inner verb's subject. An unnamed one ("the man", "his
 * neighbour") leaves the speaker unknown; the one who reports them did not say them.
 */
final class SpeechReportedInsideSpeech {

	/** Words that open a noun phrase that names no one. */
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "my", "our",
			"your", "this", "that", "these", "those", "one", "another", "some", "several", "two", "three");

	private SpeechReportedInsideSpeech() {
	}

	/**
	 * Whether the subject's own speech verb, between it and a later speech verb, hands
	 * over to an unnamed noun phrase, the later verb's subject.
	 */
	static boolean unnamedInnerSpeaker(DocumentTokens doc, AttributionClauses clauses, Mention subject, int verb) {
		if (clauses.rightBefore(subject, verb)) {
			return false;
		}
		for (int t = subject.endToken; t < verb - 2; t++) {
			if (doc.boundaryBefore(t + 1) || !clauses.speechVerbAt(t)) {
				continue;
			}
			if (!clauses.rightBefore(subject, t)) {
				return false; // "Roe, who said the talks were hard, added": not Roe's
								// reporting verb
			}
			int next = t + 1;
			if (doc.get(next).lower().equals("that")) {
				next++;
			}
			// "said that the man claimed", but not "said that claim was …" with "that"
			// itself the determiner of a noun the verb is about
			return next < verb - 1 && DETERMINERS.contains(doc.get(next).lower()) && doc.get(next + 1).word()
					&& !doc.get(next + 1).capitalized();
		}
		return false;
	}

}
