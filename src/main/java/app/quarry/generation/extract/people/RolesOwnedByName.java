package app.quarry.generation.extract.people;

import java.util.Set;

import static app.quarry.generation.extract.people.RoleWords.VERBS;

/**
 * A role a named owner holds the name in, set off by a comma before it: "Halvard's
 * campaign manager, Matt Roe, said", "Britain's chancellor of the Exchequer, Jane Roe,".
 */
final class RolesOwnedByName {

	private static final int MAX_COMPLEMENT_TOKENS = 9;

	private static final Set<String> COMPLEMENT_LINKS = NameLexicon.words("of", "in", "for", "at", "to", "the");

	/**
	 * Words that say which holder of a post is meant and are no clause's: "Acme's new
	 * director of research", "Acme's former head of sales".
	 */
	private static final Set<String> POST_MODIFIERS = NameLexicon.words("new", "former", "late", "top", "senior",
			"junior", "acting", "first");

	private RolesOwnedByName() {
	}

	/**
	 * A role a named owner holds the name in, set off by commas: "Halvard's campaign
	 * manager, Matt Roe, said", "ordered Mara's great-uncle, Tom Roe, to".
	 */
	static void find(DocumentTokens doc, Mention name) {
		int comma = name.phraseStartToken - 1;
		if (comma < 3 || !doc.get(comma).is(",") || doc.boundaryBefore(name.phraseStartToken)
				|| !SpeakingAfterSetOffRole.closedOrSpeaking(doc, name)) {
			return;
		}
		int mark = comma - 1;
		// "Orlan's Chief Executive Officer, Jo Lind,": a title may be written in capitals
		while (mark > 0 && comma - mark <= 3 && doc.get(mark).word()
				&& (!doc.get(mark).capitalized() || capitalizedTitleWord(doc.get(mark)))
				&& !NameFinder.isPossessiveMark(doc.get(mark)) && !VERBS.contains(doc.get(mark).lower())
				&& !NameLexicon.FUNCTION_WORDS.contains(doc.get(mark).lower())) {
			mark--;
		}
		int owner = mark + 1 < comma ? RoleWords.nameOwningAt(doc, mark) : -1;
		boolean ownerOfItsKind = false;
		if (owner < 0 && mark + 1 < comma) {
			owner = OwnersOfTheirKind.start(doc, mark);
			ownerOfItsKind = owner >= 0;
		}
		String last = doc.get(comma - 1).lower();
		// "great-uncle": a named owner says whose relative, as no "his" could
		// "Brenner's widow": a relative no title list holds is as much a role
		if (owner >= 0 && (NameLexicon.isRoleNoun(last) || RolesSetOffBefore.KIN.contains(last)
				|| PersonNounLexicon.contains(last) || last.startsWith(RolesSetOffBefore.GREAT)
						&& NameLexicon.isRoleNoun(last.substring(RolesSetOffBefore.GREAT.length())))) {
			String role = doc.span(owner, comma);
			// "The council's solicitor, Jane Roe,": the article's capital is the
			// sentence's
			name.role = ownerOfItsKind ? Character.toLowerCase(role.charAt(0)) + role.substring(1) : role;
		}
		else {
			ownedWithComplement(doc, name, comma);
		}
	}

	private static boolean capitalizedTitleWord(Token token) {
		String lower = token.lower();
		return NameLexicon.isRoleNoun(lower) || RoleWords.MODIFIERS.contains(lower);
	}

	/**
	 * "Britain's chancellor of the Exchequer, Jane Roe," or "Mara's father in Cuba, Tom
	 * Roe,": the owner's role with what it is of, or where, before the comma.
	 */
	private static void ownedWithComplement(DocumentTokens doc, Mention name, int comma) {
		int mark = comma - 1;
		while (mark > 0 && comma - mark <= MAX_COMPLEMENT_TOKENS && doc.get(mark).word()
				&& !NameFinder.isPossessiveMark(doc.get(mark)) && !VERBS.contains(doc.get(mark).lower())
				&& !SpeechVerbs.isSpeechVerb(doc.get(mark).lower())
				&& (!NameLexicon.FUNCTION_WORDS.contains(doc.get(mark).lower())
						|| COMPLEMENT_LINKS.contains(doc.get(mark).lower())
						|| POST_MODIFIERS.contains(doc.get(mark).lower()))) {
			mark--;
		}
		if (mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark))) {
			return;
		}
		int head = mark + 1;
		while (head < comma && head - mark <= 3 && !doc.get(head).capitalized()
				&& !NameLexicon.isRoleNoun(doc.get(head).lower())) {
			head++;
		}
		// "Acme's proposed Secretary of Defense, Jane Roe,": a title may be written in
		// capitals, as it is without its complement
		boolean role = head + 1 < comma && (!doc.get(head).capitalized() || capitalizedTitleWord(doc.get(head)))
				&& NameLexicon.isRoleNoun(doc.get(head).lower())
				&& NameLexicon.PREPOSITIONS.contains(doc.get(head + 1).lower());
		int owner = role ? RoleWords.nameOwningAt(doc, mark) : -1;
		if (owner >= 0) {
			name.role = doc.span(owner, comma);
		}
	}

}
