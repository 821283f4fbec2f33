package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Acme called for an “immediate halt” to the raids": to call for something is to demand
 * it out loud, so the words quoted after "called for" are the caller's, unlike those
 * after "called off" or "called up", which speak of no words.
 */
final class DemandsCalledFor {

	private static final Set<String> CALL = NameLexicon.words("call", "calls", "called", "calling");

	private DemandsCalledFor() {
	}

	/** Whether the verb at {@code verb} is a form of "call" followed by "for". */
	static boolean demand(DocumentTokens doc, int verb) {
		return verb + 1 < doc.size() && CALL.contains(doc.get(verb).lower()) && doc.get(verb + 1).lower().equals("for");
	}

}
