package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe was told by a nurse that the ward was “…”", "She had been warned the plan was
 * “…”": a speech verb in the passive makes its subject the one spoken to, never the
 * speaker. Whoever spoke is the agent after "by", if the text names one; without it the
 * words have no speaker the sentence tells.
 */
final class PassiveTellings {

	private static final Set<String> BE_FORMS = NameLexicon.words("is", "was", "are", "were", "be", "been", "being");

	/** Adverbs that may stand between the form of "be" and the participle. */
	private static final Set<String> BETWEEN = NameLexicon.words("also", "later", "then", "again", "once", "first",
			"reportedly", "repeatedly", "previously", "recently", "earlier", "allegedly", "never", "not", "often",
			"already", "personally", "privately", "publicly", "formally", "officially", "specifically", "explicitly");

	/**
	 * Verbs whose passive still has the subject speak ("Roe was quoted as saying"), or
	 * tells of a recording, not of someone spoken to.
	 */
	private static final Set<String> SUBJECT_STILL_SPEAKS = NameLexicon.words("quoted", "heard", "overheard",
			"recorded", "filmed", "reported", "said", "understood", "thought", "believed", "expected", "known",
			"alleged", "rumoured", "rumored", "credited", "attributed", "cited", "described", "called", "named",
			"dubbed", "termed", "labelled", "labeled", "branded", "billed", "praised", "criticised", "criticized");

	private PassiveTellings() {
	}

	/**
	 * Whether the speech verb at {@code verb} is a participle after a form of "be": "was
	 * told", "had been asked", "were firmly reminded". Not when "as" or "to" follows it
	 * ("was quoted as saying", "is said to have called it"), which carries the subject's
	 * own words.
	 */
	static boolean toldTheSubject(DocumentTokens doc, int verb) {
		String lower = doc.get(verb).lower();
		if (!(lower.endsWith("ed") || lower.equals("told")) || SUBJECT_STILL_SPEAKS.contains(lower)) {
			return false;
		}
		int next = verb + 1;
		if (next < doc.size() && !doc.boundaryBefore(next) && (doc.get(next).is("as") || doc.get(next).is("to"))) {
			return false;
		}
		int t = verb - 1;
		while (t > 0 && !doc.boundaryBefore(t + 1) && doc.get(t).word() && BETWEEN.contains(doc.get(t).lower())) {
			t--;
		}
		return t >= 0 && !doc.boundaryBefore(t + 1) && doc.get(t).word() && BE_FORMS.contains(doc.get(t).lower());
	}

}
