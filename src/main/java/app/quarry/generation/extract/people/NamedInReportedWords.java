package app.quarry.generation.extract.people;

import java.util.List;

/**
 * "Roe has failed to act, he claimed" and "Roe's plan was "a mess," he added": a pronoun
 * in a speech tag after the words it reports never stands for a person those words name,
 * in any role (a speaker does not call himself by name in his own reported words; the
 * writer would have said "Roe said"). Such a person is ruled out as the pronoun's
 * referent, and with it as the speaker of the words.
 */
final class NamedInReportedWords {

	private final DocumentTokens doc;

	private final List<Mention> mentions;

	NamedInReportedWords(DocumentTokens doc, List<Mention> mentions) {
		this.doc = doc;
		this.mentions = mentions;
	}

	/** Whether the person is named in the reported words before the pronoun's tag. */
	boolean rulesOut(Mention pronoun, LocalPerson person) {
		if (!pronoun.subject || pronoun.possessive || !closingTag(pronoun)) {
			return false;
		}
		int sentence = this.doc.sentence[pronoun.firstToken];
		for (Mention earlier : this.mentions) {
			if (earlier.firstToken >= pronoun.firstToken) {
				break;
			}
			if (earlier.kind != Mention.Kind.NAME || this.doc.sentence[earlier.firstToken] != sentence) {
				continue;
			}
			if (earlier.person == person || person.sharesSurnameWith(earlier.surface)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The pronoun and a speech verb make a tag of their own after the reported words: a
	 * comma (with or without a closing quotation mark) before, the sentence's end or a
	 * comma after (", he claimed, saying ...").
	 */
	private boolean closingTag(Mention pronoun) {
		int before = pronoun.firstToken - 1;
		if (before > 0 && isQuoteMark(this.doc.get(before).text())) {
			before--;
		}
		if (before < 1 || !this.doc.get(before).is(",")
				|| this.doc.sentence[before] != this.doc.sentence[pronoun.firstToken]) {
			return false;
		}
		int verb = pronoun.endToken;
		if (verb >= this.doc.size() || !SpeechVerbs.isSpeechVerb(this.doc.get(verb).lower())) {
			return false;
		}
		int after = verb + 1;
		return after >= this.doc.size() || this.doc.boundaryBefore(after) || this.doc.get(after).is(",")
				|| this.doc.get(after).is(".");
	}

	private static boolean isQuoteMark(String text) {
		return text.equals("\"") || text.equals("”") || text.equals("“");
	}

}
