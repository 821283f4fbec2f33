package app.quarry.generation.extract.people;

import java.util.Set;

/**
 * "the law banning “foreign party flags”", "a decree against “hate speech”": quoted words
 * right after a law and the verb or preposition that says what it forbids are the law's
 * own wording for the thing, a label, not words the subject of the sentence said.
 */
final class WhatALawForbids {

	/** Nouns for a rule that forbids something. */
	private static final Set<String> LAWS = NameLexicon.words("law", "laws", "ban", "bans", "bill", "bills", "act",
			"decree", "decrees", "legislation", "rule", "rules", "statute", "ordinance", "amendment", "regulation",
			"regulations");

	/** What ties the law to what it forbids: "banning", "against". */
	private static final Set<String> FORBIDDING = NameLexicon.words("banning", "outlawing", "prohibiting", "forbidding",
			"criminalising", "criminalizing", "against", "on");

	private WhatALawForbids() {
	}

	/** Whether the quotation mark at {@code open} opens what a law forbids. */
	static boolean at(DocumentTokens doc, int open) {
		if (open < 2 || doc.boundaryBefore(open) || doc.boundaryBefore(open - 1)) {
			return false;
		}
		Token tie = doc.get(open - 1);
		Token law = doc.get(open - 2);
		return tie.word() && FORBIDDING.contains(tie.lower()) && law.word() && !law.capitalized()
				&& LAWS.contains(law.lower());
	}

}
