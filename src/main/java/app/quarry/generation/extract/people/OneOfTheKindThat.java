package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A sentence that opens with a name and makes it one of a group of bodies picked out by a
 * clause: "Zentex was just one of the firms that had worked with the institute, looking
 * at tags." The group and its clause are what the name is to the story ("one of the firms
 * that had worked with the institute"); the clause must close at a comma or the
 * sentence's end and hold no pronoun a card could not resolve.
 */
final class OneOfTheKindThat {

	private static final Set<String> COPULAS = NameLexicon.words("is", "was");

	private static final Set<String> HEDGES = NameLexicon.words("just", "only", "also", "simply", "among");

	private static final Set<String> RELATIVES = NameLexicon.words("that", "which", "who");

	private static final int MAX_NAME_TOKENS = 4;

	private static final int MAX_MODIFIERS = 2;

	private static final int MAX_CLAUSE_TOKENS = 12;

	private OneOfTheKindThat() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person) {
		List<EntityFact> facts = new ArrayList<>();
		for (int start = 0; start < doc.size(); start++) {
			if (!doc.boundaryBefore(start)) {
				continue;
			}
			int nameStart = doc.get(start).lower().equals("the") && start + 1 < doc.size() ? start + 1 : start;
			int copula = nameStart;
			while (copula < doc.size() && copula - nameStart < MAX_NAME_TOKENS
					&& (copula == start || !doc.boundaryBefore(copula)) && doc.get(copula).word()
					&& doc.get(copula).capitalized() && !person[copula]) {
				copula++;
			}
			if (copula == nameStart || copula >= doc.size() || doc.boundaryBefore(copula)
					|| !COPULAS.contains(doc.get(copula).lower())
					|| NameLexicon.FUNCTION_WORDS.contains(doc.get(nameStart).lower())) {
				continue;
			}
			int end = described(doc, copula + 1);
			if (end > 0) {
				int from = HEDGES.contains(doc.get(copula + 1).lower()) ? copula + 2 : copula + 1;
				String name = doc.span(nameStart, copula);
				facts.add(new EntityFact(name, doc.get(nameStart).start(), doc.get(copula - 1).end(), name,
						doc.span(from, end)));
			}
		}
		return facts;
	}

	/** Where "[just] one of the firms that ..." from {@code at} ends, or -1. */
	private static int described(DocumentTokens doc, int at) {
		int t = at < doc.size() && HEDGES.contains(doc.get(at).lower()) ? at + 1 : at;
		if (t + 4 >= doc.size() || !doc.get(t).lower().equals("one") || !doc.get(t + 1).lower().equals("of")
				|| !doc.get(t + 2).lower().equals("the")) {
			return -1;
		}
		int noun = t + 3;
		while (noun < doc.size() && noun - (t + 3) <= MAX_MODIFIERS && !doc.boundaryBefore(noun)
				&& OrganisationWords.singular(doc.get(noun).lower()) == null && modifier(doc.get(noun))) {
			noun++;
		}
		if (noun + 2 >= doc.size() || doc.boundaryBefore(noun) || doc.get(noun).capitalized()
				|| OrganisationWords.singular(doc.get(noun).lower()) == null
				|| !RELATIVES.contains(doc.get(noun + 1).lower())) {
			return -1;
		}
		int end = noun + 2;
		while (end < doc.size() && !doc.boundaryBefore(end) && !doc.get(end).is(",") && !doc.get(end).is(".")) {
			Token token = doc.get(end);
			if (end - noun > MAX_CLAUSE_TOKENS || !token.word() || SubjectActs.pronoun(token.lower())
					|| SpeechVerbs.isSpeechVerb(token.lower())) {
				return -1;
			}
			end++;
		}
		return end - noun > 3 ? end : -1;
	}

	private static boolean modifier(Token token) {
		String lower = token.lower();
		return token.word() && !token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !OrganisationFinder.VERBS.contains(lower);
	}

}
