package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LeftoverFinder;

/**
 * The last reader of appositions: any name set off by a noun phrase ("TEPCO, the operator
 * of the plant,", "Steinish, a village on the island of Lewis.", "Phillip Father, the
 * President of ProtoStar,") or that a copula links to a name opening its sentence ("Korva
 * is a fishing village on the coast."), where no other finder described the name. The
 * other rules know their kinds of names and heads by lists; this one knows neither, and
 * reads the phrase by its parts of speech and the name's kind by the phrase's head noun,
 * so that names of a kind no list foresaw are still asked about.
 */
public final class AppositionsOfAnyName implements LeftoverFinder {

	/**
	 * "Korva is a small fishing village on the coast.": a copula after a name opening its
	 * sentence links the same kind of phrase an apposition sets off.
	 */
	private static final Set<String> COPULAS = NameLexicon.words("is", "was", "became");

	/**
	 * Heads after "who was" that point elsewhere or count, and describe nobody: "who was
	 * the reason", "who was the first to".
	 */
	private static final Set<String> EMPTY_HEADS = NameLexicon.words("one", "reason", "first", "last", "only", "kind",
			"type", "sort", "part", "way", "same", "case", "subject", "focus", "thing");

	private static final Set<String> RELATIVE_PRONOUNS = NameLexicon.words("which", "who");

	@Override
	public List<Fact> find(DocumentAnalysis analysis, List<Fact> found) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		String text = analysis.document().text();
		DescribedNames described = new DescribedNames(found);
		Set<String> namesInside = NamesBeforeCommas.capitalizedInsideSentences(doc);
		List<Fact> facts = new ArrayList<>();
		for (int comma = 1; comma + 2 < doc.size(); comma++) {
			if (doc.boundaryBefore(comma) || doc.boundaryBefore(comma + 1)) {
				continue;
			}
			int start;
			if (doc.get(comma).is(",") && !OpeningPhraseCommas.closesOpening(doc, comma)) {
				start = NamesBeforeCommas.start(doc, comma, namesInside);
			}
			else if (COPULAS.contains(doc.get(comma).lower())) {
				start = NamesBeforeCommas.subjectStart(doc, comma, namesInside);
			}
			else {
				continue;
			}
			if (start < 0 || described.named(doc.get(start).start(), doc.get(comma - 1).end())) {
				continue; // asked before the phrase is read: reading it costs the model's
							// time
			}
			int opener = relativeCopulaEnd(doc, comma);
			SetOffNounPhrase phrase = SetOffNounPhrase.after(doc, start, opener - 1);
			if (phrase == null || phrase.end() - phrase.first() < 2
					|| phrase.end() - phrase.first() == 2 && doc.get(phrase.first()).lower().equals("the")) {
				continue; // "Norland Air, the airline,": "the airline" points back, it
							// tells nothing
			}
			String head = doc.get(phrase.head()).lower();
			boolean copula = !doc.get(comma).is(",");
			boolean who = opener > comma + 1 && doc.get(comma + 1).lower().equals("who") && comma - start >= 2;
			if ((opener > comma + 1 || copula) && !HeadNounKinds.known(head) && !(who && personHead(head))) {
				continue; // "Acme, which is a blow to ...", "Lind is a man of his word."
			}
			if (copula && phrase.end() < doc.size() && doc.get(phrase.end()).is(",")) {
				continue; // "Roe is a good candidate, the chairman said": an opinion
			}
			if (PersonNouns.singular(head) != null && !head.endsWith("ss")) {
				continue; // "Dravlin United, the defending champions,": a team or a group
			}
			if (phrase.bare() && !postOfPerson(people, doc, start, comma, doc.get(phrase.head()).lower())) {
				continue;
			}
			Token first = doc.get(start);
			Token last = doc.get(comma - 1);
			String name = text.substring(first.start(), last.end());
			String description = description(doc, phrase);
			if (description.toLowerCase().contains(name.toLowerCase())
					|| described.any(first.start(), last.end(), description)) {
				continue;
			}
			Fact fact = DescribedNames.fact(people, start, comma, name, description, doc.get(phrase.head()).lower(),
					who || became(doc, comma) && CountriesBeforeNames.readsAsPerson(doc, start, comma - 1));
			if (fact == null) {
				continue;
			}
			facts.add(fact);
			described.add(fact.start(), fact.end(), description);
		}
		return facts;
	}

	/**
	 * Any noun may head what "who was" says of a person ("the last royal", "a keen
	 * birder"), but for the few that point elsewhere.
	 */
	private static boolean personHead(String head) {
		return head.length() > 2 && head.chars().allMatch(Character::isLetter) && !EMPTY_HEADS.contains(head);
	}

	private static boolean became(DocumentTokens doc, int link) {
		return doc.get(link).lower().equals("became");
	}

	private static String description(DocumentTokens doc, SetOffNounPhrase phrase) {
		String words = doc.span(phrase.first(), phrase.end());
		Token opener = doc.get(phrase.first());
		return opener.capitalized() && opener.lower().equals("the") ? "the" + words.substring(3) : words;
	}

	/**
	 * A phrase with no article describes only a person, by a post: "Jane Roe, senior
	 * director of health services," (a known person, any person noun) or "Arvo Teppo,
	 * federal judge for the district," (anyone, a post the rules list).
	 */
	private static boolean postOfPerson(DocumentPeople people, DocumentTokens doc, int start, int link, String head) {
		boolean post = NameLexicon.isRoleNoun(head) || NameLexicon.TITLES.contains(head);
		return post || PersonNouns.namesPerson(head) && DescribedNames.personAt(people, start, link) != null;
	}

	/**
	 * Where the phrase after the link at {@code link} starts: right after it, or after
	 * "which is", "who was" and the like ("the Omni Hotel, which is a landmark of the
	 * city,"), which say no more than the comma.
	 */
	private static int relativeCopulaEnd(DocumentTokens doc, int link) {
		if (!doc.get(link).is(",")) {
			return link + 1;
		}
		int t = link + 1;
		if (t + 2 < doc.size() && RELATIVE_PRONOUNS.contains(doc.get(t).lower()) && !doc.boundaryBefore(t + 1)
				&& COPULAS.contains(doc.get(t + 1).lower())) {
			return t + 2;
		}
		return link + 1;
	}

}
