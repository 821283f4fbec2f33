package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "Roe said Doe had phoned him to say: “…”": a speech verb in the infinitive belongs to
 * the clause it ends, whose subject may be someone named after the sentence's subject;
 * and "asked him to say" may even give the words to the one asked. With another person
 * named as a clause's subject before it, the speaker is not sure.
 */
final class InfinitivesOfOthers {

	/** Words after a name that show it heads a clause of its own: "Doe had phoned". */
	private static final Set<String> FINITE_OPENERS = NameLexicon.words("had", "has", "have", "was", "were", "is",
			"would", "will", "could", "should", "did", "then", "also", "later");

	private InfinitivesOfOthers() {
	}

	/**
	 * Whether the speech verb at {@code verb} follows "to" and another named person than
	 * {@code subject}, with a verb of their own, stands between the two.
	 */
	static boolean spokenByAnother(DocumentPeople people, Mention subject, int verb) {
		DocumentTokens doc = people.doc;
		if (verb < 1 || !doc.get(verb - 1).lower().equals("to")) {
			return false;
		}
		for (Mention mention : people.mentions) {
			if (mention.firstToken <= subject.firstToken || mention.endToken >= verb) {
				continue;
			}
			int next = mention.appositionEndToken;
			boolean heads = next < verb && doc.get(next).word() && !doc.get(next).capitalized()
					&& (FINITE_OPENERS.contains(doc.get(next).lower()) || doc.get(next).lower().endsWith("ed"));
			if (heads && !mention.inQuote && mention.person != null && mention.person != subject.person) {
				return true;
			}
		}
		return false;
	}

}
