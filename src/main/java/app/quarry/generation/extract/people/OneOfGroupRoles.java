package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.MODIFIERS;
import static app.quarry.generation.extract.people.RoleWords.closedAfter;

/**
 * A member of a group set off by a comma before the name: "said one of Acme's lawyers,
 * Jane Roe", "the defection of one of its top leaders, Tom Roe,". A named owner stays in
 * the role ("one of Acme's lawyers"); a pronoun's owner the phrase does not show, so the
 * role is what one of them is ("a lawyer", "a top leader").
 */
final class OneOfGroupRoles {

	private static final Set<String> PRONOUNS = NameLexicon.words("his", "her", "their", "its");

	private OneOfGroupRoles() {
	}

	static void find(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 4 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)
				|| !closedAfter(doc, name)) {
			return;
		}
		Token plural = doc.get(comma - 1);
		String singular = SharedRoles.singular(plural);
		if (singular == null || doc.boundaryBefore(comma - 1)) {
			return;
		}
		int owner = comma - 2;
		String modifier = "";
		if (MODIFIERS.contains(doc.get(owner).lower()) && !doc.get(owner).capitalized()) {
			// "one of its top leaders": a word that ranks the post goes with it
			modifier = doc.get(owner).lower() + " ";
			owner--;
		}
		if (owner < 2 || doc.boundaryBefore(owner + 1)) {
			return;
		}
		Token determiner = doc.get(owner);
		boolean pronoun = PRONOUNS.contains(determiner.lower());
		int named = pronoun ? -1 : RoleWords.nameOwningAt(doc, owner);
		int start = pronoun ? owner : named;
		if (!pronoun && named < 0 || start < 2 || doc.boundaryBefore(start) || !doc.get(start - 1).lower().equals("of")
				|| !doc.get(start - 2).lower().equals("one") || doc.boundaryBefore(start - 1)) {
			return;
		}
		if (pronoun) {
			if (RolesSetOffBefore.KIN.contains(singular)) {
				return; // "one of her sons" says whose only through her
			}
			String phrase = modifier + singular;
			name.role = ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
		}
		else {
			name.role = doc.span(start - 2, comma);
		}
		name.phraseStartToken = start - 2;
	}

}
