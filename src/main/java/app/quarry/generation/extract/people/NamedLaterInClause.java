package app.quarry.generation.extract.people;

import java.util.List;
import java.util.Set;

/**
 * "She said Roe's murder was a stain": a pronoun that is the subject of its sentence's
 * main clause never stands for a person the same sentence names after it, in any role
 * (the writer would have said "her own"). Such a person is ruled out as the pronoun's
 * referent, and with it as the speaker of what the pronoun says. A pronoun after a
 * subordinating word ("When he arrived, Roe said ...") may point forward, so it is left
 * alone.
 */
final class NamedLaterInClause {

	private static final Set<String> SUBORDINATORS = NameLexicon.words("when", "after", "before", "as", "while", "if",
			"because", "although", "though", "since", "once", "until", "whenever", "unless", "whether");

	private final DocumentTokens doc;

	private final List<Mention> mentions;

	NamedLaterInClause(DocumentTokens doc, List<Mention> mentions) {
		this.doc = doc;
		this.mentions = mentions;
	}

	/** Whether the person is named after the pronoun in the pronoun's own sentence. */
	boolean rulesOut(Mention pronoun, LocalPerson person) {
		if (!pronoun.subject || pronoun.possessive || !opensMainClause(pronoun)) {
			return false;
		}
		int sentence = this.doc.sentence[pronoun.firstToken];
		for (Mention later : this.mentions) {
			if (later.firstToken <= pronoun.firstToken || later.kind != Mention.Kind.NAME || later.inQuote) {
				continue;
			}
			if (this.doc.sentence[later.firstToken] != sentence) {
				if (later.firstToken > pronoun.firstToken) {
					break;
				}
				continue;
			}
			if (quotedBetween(pronoun.end, later.start)) {
				break; // 'He wrote, “…”' and what follows the quotation: another clause
			}
			if (later.person == person || person.sharesSurnameWith(later.surface)) {
				return true;
			}
		}
		return false;
	}

	private boolean quotedBetween(int from, int to) {
		for (int k = from; k < to && k < this.doc.text.length(); k++) {
			char c = this.doc.text.charAt(k);
			if (c == '"' || c == '“' || c == '”' || c == '`') {
				return true;
			}
		}
		return false;
	}

	private boolean opensMainClause(Mention pronoun) {
		for (int t = pronoun.firstToken - 1; t >= 0
				&& this.doc.sentence[t] == this.doc.sentence[pronoun.firstToken]; t--) {
			if (SUBORDINATORS.contains(this.doc.get(t).lower())) {
				return false;
			}
		}
		return true;
	}

}
