package app.quarry.generation.extract.people;

/**
 * "a memoir described by the Harbour Gazette as “…”", "praised by Acme as “…”": the agent
 * of a passive speech verb is who gave the words, a paper or a body as much as a person.
 * Only a capitalised name counts: "said by telephone" names a means, not an agent.
 */
final class NamedAgents {

	private NamedAgents() {
	}

	/** Whether a capitalised name, after an optional "the", starts at {@code t}. */
	static boolean named(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t)) {
			return false;
		}
		int name = doc.get(t).lower().equals("the") ? t + 1 : t;
		return name < doc.size() && !doc.boundaryBefore(name) && doc.get(name).word() && doc.get(name).capitalized()
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(name).lower());
	}

}
