package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.NamedThingFact;

/**
 * Named things (a product, a model, an index, a program) that an apposition describes, in
 * the two shapes news uses: the description after the name ("the Skyhauler 900, a
 * wide-body freighter that can lift 90 tonnes,", "the new Z9, a media player which ...")
 * and the description before it ("The world's largest cargo aircraft, the Skyhauler 900,
 * has ...", "Tellco's upcoming new design, the Z9, does ...", "its new operating system,
 * Grey Lynx, and ..."). The head noun of the description must name a thing: a noun for a
 * person, an organisation or a place leaves the phrase to the rules for those, and a
 * plural head (a list may follow) gives nothing.
 */
public final class ThingsSetOff implements FactFinder {

	/** Words besides prepositions that open a sentence with a phrase of their own. */
	private static final Set<String> OPENING_WORDS = NameLexicon.words("in", "on", "at", "under", "after", "before",
			"despite", "following", "according", "as", "since", "while", "when", "although", "though", "because", "if",
			"unlike", "like", "amid", "during", "upon", "beyond", "besides", "given", "once", "until");

	private static final int MAX_CLAUSE_TOKENS = 12;

	@Override
	public List<NamedThingFact> find(DocumentAnalysis analysis) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		String text = analysis.document().text();
		boolean[] named = ShownPersonNames.of(people);
		List<NamedThingFact> facts = new ArrayList<>();
		for (int comma = 1; comma + 2 < doc.size(); comma++) {
			if (!doc.get(comma).is(",") || doc.boundaryBefore(comma + 1) || doc.boundaryBefore(comma)) {
				continue;
			}
			NamedThingFact after = describedAfter(doc, text, comma, named);
			NamedThingFact fact = after != null ? after : describedBefore(doc, text, comma, named);
			if (fact != null && facts.stream().noneMatch(f -> f.start() == fact.start())) {
				facts.add(fact);
			}
		}
		return facts;
	}

	/**
	 * "the Skyhauler 900, a wide-body freighter that can lift 90 tonnes,": a name that
	 * shows it is no person's (it follows "the", holds a digit or starts as "iPod" does)
	 * right before the comma, and a description with an article after it.
	 */
	private static NamedThingFact describedAfter(DocumentTokens doc, String text, int comma, boolean[] named) {
		int start = ThingNames.nameStart(doc, comma);
		boolean marked = start < comma && ThingNames.thingName(doc, start, comma);
		if (start >= comma || ShownPersonNames.any(named, start, comma)
				|| !marked && (!ArtefactAppositions.plainName(doc, start, comma)
						|| OpeningPhraseCommas.closesOpening(doc, comma))) {
			return null;
		}
		int article = CopularRelativeOpeners.descriptionStart(doc, comma);
		if (article + 1 >= doc.size() || doc.boundaryBefore(article)) {
			return null;
		}
		if (!ThingDescriptions.INDEFINITE.contains(doc.get(article).lower())
				&& !doc.get(article).lower().equals("the")) {
			return null;
		}
		int end = ThingDescriptions.descriptionEnd(doc, article + 1);
		int head = end;
		int tail = -1;
		if (end < 0) {
			// "a fresh release of the mapping software": the head stands before "of"
			head = ArtefactAppositions.modifiersEnd(doc, article + 1);
			end = ArtefactAppositions.ofPhraseEnd(doc, head);
			if (end < 0 && head > article + 1 && EventAppositions.event(doc.get(head - 1).lower())) {
				end = EventAppositions.namePhraseEnd(doc, head); // "a pilgrimage to
																	// Ostby"
			}
		}
		if (end < 0 || !ThingDescriptions.thingHead(doc, article + 1, head)) {
			// "a price measure used to track farm land": the head stands before
			// the participle
			head = ParticipleTails.participle(doc, article + 1);
			end = head;
			tail = head < 0 ? -1 : ParticipleTails.tailEnd(doc, head);
		}
		if (end < 0 || !ThingDescriptions.thingHead(doc, article + 1, head)
				|| !marked && !ArtefactAppositions.artefact(doc.get(head - 1).lower())
						&& !EventAppositions.event(doc.get(head - 1).lower())
						&& !ThingKinds.kind(doc.get(head - 1).lower())) {
			return null;
		}
		String description = doc.get(article).lower()
				+ doc.span(article, end).substring(doc.get(article).text().length());
		description += tail > 0 ? " " + doc.span(end, tail) : clause(doc, end);
		return fact(doc, text, start, comma, description);
	}

	/**
	 * "The world's largest cargo aircraft, the Skyhauler 900, has": a description that
	 * opens with "the", an owner's possessive or "its", set off by a comma before a name
	 * that a comma, a bracket or the sentence's end closes.
	 */
	private static NamedThingFact describedBefore(DocumentTokens doc, String text, int comma, boolean[] named) {
		int start = comma + 1;
		boolean definite = doc.get(start).lower().equals("the") && !doc.boundaryBefore(start + 1);
		if (definite) {
			start++;
		}
		int end = ThingNames.nameEnd(doc, start);
		if (end <= start || ShownPersonNames.any(named, start, end) || !ThingNames.closed(doc, end)
				|| ThingNames.listGoesOn(doc, end) || ThingNames.placeOrCompany(doc, start, end)
				|| !ThingNames.letters(doc, start, end) || ThingNames.calendarWord(doc, start, end)) {
			return null;
		}
		if (OpeningPhraseCommas.closesOpening(doc, comma)) {
			return null; // "Despite the setback, Tellco ..." opens its sentence with a
							// phrase
		}
		int opener = ThingDescriptions.descriptionStart(doc, comma);
		if (opener < 0 || inOpeningPhrase(doc, opener) || !ThingDescriptions.thingHead(doc, opener + 1, comma)
				|| AgentNouns.isAgent(doc.get(comma - 1).lower()) && !ThingNames.thingName(doc, start, end)) {
			return null;
		}
		String description;
		Token first = doc.get(opener);
		if (ThingDescriptions.OWNER_PRONOUNS.contains(first.lower())) {
			// whose "their" is no rule tells: "a deal with Sukhoi for their regional
			// aircraft" is Sukhoi's, not the subject's
			String owner = first.lower().equals("its") ? ItsOwners.ownerOfIts(doc, opener) : null;
			String rest = doc.span(opener + 1, comma);
			// "its new operating system" with no owner the rules can name is still "the
			// new operating system": the card must not say "its"
			description = owner == null ? "the " + rest : owner + (owner.endsWith("s") ? "' " : "'s ") + rest;
		}
		else if (first.lower().equals("the")) {
			description = "the " + doc.span(opener + 1, comma);
		}
		else {
			description = doc.span(opener, comma);
		}
		return fact(doc, text, definite ? start - 1 : start, end, description);
	}

	private static NamedThingFact fact(DocumentTokens doc, String text, int start, int end, String description) {
		boolean definite = doc.get(start).lower().equals("the");
		int nameStart = definite ? start + 1 : start;
		Token first = doc.get(nameStart);
		Token last = doc.get(end - 1);
		String name = text.substring(first.start(), last.end());
		if (description.indexOf(' ') < 0 || description.toLowerCase().contains(name.toLowerCase())) {
			return null;
		}
		boolean the = definite
				|| nameStart > 0 && doc.get(nameStart - 1).lower().equals("the") && !doc.boundaryBefore(nameStart);
		return new NamedThingFact(name, first.start(), last.end(), the ? "the " + name : name, description);
	}

	/**
	 * "Under the terms of the new proposal, Brovo, managed by ..." or "In response to
	 * Tellco's amended offer, the Leeds company": the description lies in a phrase that
	 * opens the sentence with a preposition, and the comma after it ends that phrase, not
	 * an apposition.
	 */
	static boolean inOpeningPhrase(DocumentTokens doc, int opener) {
		int start = opener;
		while (start > 0 && !doc.boundaryBefore(start)) {
			start--;
			if (doc.get(start).is(",")) {
				return false;
			}
		}
		String first = doc.get(start).lower();
		return start < opener && (NameLexicon.PREPOSITIONS.contains(first) || OPENING_WORDS.contains(first));
	}

	/**
	 * "that can carry 500 people" after the description: its relative clause, short and
	 * closed, with no pronoun that needs the sentence to say whom it stands for; else "".
	 */
	static String clause(DocumentTokens doc, int end) {
		if (end >= doc.size() || doc.boundaryBefore(end)
				|| !ThingDescriptions.RELATIVES.contains(doc.get(end).lower())) {
			return "";
		}
		int last = end + 1;
		while (last < doc.size() && !doc.boundaryBefore(last) && last - end <= MAX_CLAUSE_TOKENS
				&& (doc.get(last).word() || doc.get(last).is("-") || NameFinder.isPossessiveMark(doc.get(last)))) {
			if (SubjectActs.pronoun(doc.get(last).lower())) {
				return "";
			}
			last++;
		}
		boolean closedClause = last >= doc.size() || doc.boundaryBefore(last) || ",.;".contains(doc.get(last).text());
		return closedClause && last - end <= MAX_CLAUSE_TOKENS && last > end + 1 ? " " + doc.span(end, last) : "";
	}

}
