package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.EntityFact;

/**
 * A business story names a company once and then varies how it refers to it: "Brovex
 * Corp. said ... But the pharmaceutical company said ...", "The Tulsa, Okla., company
 * earned ...", "a gloomy outlook by the snack maker", "Norway's largest grocery chain
 * said". The description is the named company's when that company is the last one named
 * before it, in its sentence or the two before, with no other organisation named or
 * introduced ("a Dutch firm") in between: the link a reader makes without a second
 * thought.
 */
final class CompanyAnaphora {

	private CompanyAnaphora() {
	}

	static List<EntityFact> find(DocumentTokens doc, String text, boolean[] person, boolean[] named, int[] lead) {
		List<EntityFact> facts = new ArrayList<>();
		for (int t = 0; t < doc.size(); t++) {
			int[] found = CompanyDescriptions.description(doc, t);
			if (found == null) {
				continue;
			}
			int last = found[1];
			if (namedAfterComma(doc, last)) {
				// "settled with the band's record company, Velvet Records": the name set
				// off after the description is the company it describes
				t = last;
				continue;
			}
			boolean body = BodyNounSubjects.bodyNoun(doc, t, last);
			String name = body ? BodyNounSubjects.referent(doc, t, person, named)
					: CompanyReferents.referent(doc, found[0], person, named, lead);
			if (name == null && !body) {
				name = SubjectsCarriedOn.name(doc, text, t, last);
			}
			if (name != null) {
				Token from = doc.get(t);
				String description = doc.get(t).lower().equals("the") ? "the " + doc.span(t + 1, last + 1)
						: doc.span(t, last + 1);
				facts.add(new EntityFact(text.substring(from.start(), doc.get(last).end()), from.start(),
						doc.get(last).end(), name, description));
			}
			t = last;
		}
		return facts;
	}

	/** A capitalized name set off by a comma right after the description's last word. */
	private static boolean namedAfterComma(DocumentTokens doc, int last) {
		if (last + 2 >= doc.size() || !doc.get(last + 1).is(",") || doc.boundaryBefore(last + 2)) {
			return false;
		}
		Token next = doc.get(last + 2);
		return next.word() && next.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(next.lower())
				&& !NameLexicon.PREPOSITIONS.contains(next.lower());
	}

	/** What a story calls the company it is telling of, with no word of what it is. */
	private static final Set<String> PLAIN_NOUNS = NameLexicon.words("company", "concern", "firm");

	/**
	 * "The company said its Dorset Steel division ...": the company a plain "the company"
	 * before {@code its} in its sentence refers back to, or null when the sentence has
	 * none or more than one such phrase.
	 */
	static String ofPlainSubject(DocumentTokens doc, int its, boolean[] person, boolean[] named) {
		int start = its;
		while (start > 0 && !doc.boundaryBefore(start)) {
			start--;
		}
		int article = -1;
		for (int t = start; t + 1 < its; t++) {
			if (doc.get(t).lower().equals("the") && PLAIN_NOUNS.contains(doc.get(t + 1).lower())) {
				if (article >= 0) {
					return null;
				}
				article = t;
			}
		}
		return article < 0 ? null : CompanyReferents.referent(doc, article, person, named, null);
	}

	static boolean verbAfter(DocumentTokens doc, int t) {
		if (t >= doc.size() || doc.boundaryBefore(t) || doc.get(t).capitalized() || !doc.get(t).word()) {
			return false;
		}
		String lower = doc.get(t).lower();
		return OrganisationFinder.VERBS.contains(lower) || SpeechVerbs.isSpeechVerb(lower) || lower.endsWith("ed");
	}

}
