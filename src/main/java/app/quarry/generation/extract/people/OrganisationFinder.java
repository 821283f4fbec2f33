package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.FactFinder;

/**
 * Finds what a document says an organisation is, in the shapes news text uses: an
 * apposition after the name ("Magna, a Canadian automobile parts company,"), a
 * description before it ("consulting firm Accenture", "the technology blog Gizmodo", "Aer
 * Lingus rival Ryanair") or around it ("the Reuters news agency"). The description must
 * end in a word for an organisation ("company", "airline", "blog"), so that people and
 * places are left to the other rules.
 */
public final class OrganisationFinder implements FactFinder {

	static final Set<String> ARTICLES = NameLexicon.words("a", "an", "the");

	static final Set<String> VERBS = NameLexicon.words("is", "was", "are", "were", "has", "had", "have", "be", "been",
			"will", "would", "said", "says", "told", "made", "bought", "sold", "met", "led", "took", "gave", "did",
			"does", "do", "can", "could", "may", "might", "should", "must", "than", "not", "which", "who", "that",
			"when", "where", "while", "whose");

	@Override
	public List<EntityFact> find(DocumentAnalysis analysis) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentText document = analysis.document();
		DocumentTokens doc = people.doc;
		boolean[] person = new boolean[doc.size()];
		boolean[] named = new boolean[doc.size()];
		for (Mention mention : people.mentions) {
			if (mention.kind == Mention.Kind.NAME && mention.person != null) {
				java.util.Arrays.fill(named, mention.firstToken, mention.endToken, true);
			}
			// a capitalized pair the name rules took for a person ("Garuda Indonesia")
			// stays open to an organisation's description unless something shows a
			// person: a title or role, a gender, a known first name
			if (mention.kind == Mention.Kind.NAME && mention.person != null && showsPerson(mention)) {
				for (int t = mention.firstToken; t < mention.endToken; t++) {
					person[t] = true;
				}
			}
		}
		String text = document.text();
		int[] lead = LeadDescriptions.company(doc, person, named);
		String leadCompany = lead == null ? null : doc.span(lead[0], lead[1]);
		List<EntityFact> facts = new ArrayList<>();
		int i = 0;
		while (i < doc.size()) {
			if (!doc.get(i).capitalized() && !OrganisationNameRuns.camelCase(doc.get(i))
					|| ARTICLES.contains(doc.get(i).lower()) || NameLexicon.FUNCTION_WORDS.contains(doc.get(i).lower())
							&& !CompanyBases.afterBase(doc, i) && !NameOpeningAdjectives.opensCompanyName(doc, i)) {
				i++;
				continue;
			}
			if (OrganisationShapes.qualifier(doc, i, i + 1)) {
				i++; // "California-based Zentrix Corp.": the name starts after the place
				continue;
			}
			int qualified = OrganisationShapes.qualifierAhead(doc, i);
			if (qualified > i) {
				i = qualified; // "Hong Kong-based Zentrix": the place is no part of the
								// name
				continue;
			}
			if (OrganisationShapes.commonWordOf(doc, i)) {
				i += 2; // "Shares of Zentrix": the name is what follows "of"
				continue;
			}
			int end = CompanyBases.nameEnd(doc, i,
					OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, i)));
			boolean adverb = end == i + 1 && doc.get(i).lower().endsWith("ly");
			if (OrganisationNameRuns.loneInitial(doc, i, end)) {
				i = end; // "the P. westria group": a genus cut to its initial names no
							// body
				continue;
			}
			if (OrganisationNameRuns.continuedByAnd(doc, end)) {
				// "European Aeronautic Defence and Space Company": where the name ends is
				// unclear, and a cut name would be a wrong one, unless a plural before
				// says there are two ("French banks Credit Lyonnais and Societe
				// Generale")
				int next = OrganisationWords.withAbbreviationPeriod(doc, OrganisationNameRuns.runEnd(doc, end + 1));
				String shared = OrganisationShapes.sharedPlural(doc, i);
				if (shared == null) {
					// "Birch and Cedar Bank, which were all family-owned lenders,": the
					// plural
					// after the list says there are two as well
					shared = SharedAppositions.after(doc, next, 2);
				}
				if (shared != null && !anyPerson(person, i, next)
						&& !OrganisationNameRuns.placeOrPeople(doc, end + 1, next)) {
					facts.add(fact(doc, text, i, end, shared));
					facts.add(fact(doc, text, end + 1, next, shared));
				}
				i = next;
				continue;
			}
			int skipTo = end;
			// "the newspaper Sunday Courier": after the noun for its kind a title may
			// take
			// a day's name
			boolean calendar = anyCalendarWord(doc, i, end) && !MastheadsAfterTheirKind.named(doc, i, end);
			if (!anyPerson(person, i, end) && !calendar && !adverb && !TownsSetOffAfterCompanies.stateAfterTown(doc, i)
					&& (!OrganisationNameRuns.placeOrPeople(doc, i, end) || MastheadsAfterTheirKind.named(doc, i, end))
					&& !OrganisationNameRuns.tailOfLongerName(doc, i)) {
				String description = OrganisationAppositions.after(doc, i, end);
				if (description == null) {
					description = DashedAppositions.after(doc, i, end);
				}
				if (description == null) {
					description = PostmodifiedAppositions.after(doc, i, end);
				}
				int townSetOff = description == null ? TownsSetOffAfterCompanies.appositionComma(doc, i, end) : -1;
				if (townSetOff > 0) {
					// "Brovex Corp., Albany, N.Y., an insurance broker,"
					description = OrganisationAppositions.after(doc, i, townSetOff);
					skipTo = description != null ? townSetOff : skipTo;
				}
				if (description == null) {
					description = OrganisationDescriptionRules.describe(doc, i, end, person, named, leadCompany);
				}
				if (description != null) {
					facts.add(fact(doc, text, i, end, description));
				}
			}
			else if (OrganisationWords.companyName(doc, i, end)) {
				// "Philip Morris Cos., New York, said": a suffix overrules a first name
				CompanyBases.fact(doc, i, end, person, named).ifPresent(facts::add);
			}
			i = skipTo;
		}
		OrganisationFactsBeyondNames.addTo(facts, doc, text, person, named, lead);
		return FullCompanyNames.of(doc, facts);
	}

	private static EntityFact fact(DocumentTokens doc, String text, int start, int end, String description) {
		Token first = doc.get(start);
		Token last = doc.get(end - 1);
		String name = text.substring(first.start(), last.end());
		return new EntityFact(name, first.start(), last.end(), name, description);
	}

	static boolean showsPerson(Mention mention) {
		String first = mention.surface.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
		// a single name counts as anyone's until the text shows a person by it: "Zentrix
		// said" is as likely a company as a man
		return mention.role != null || mention.titled || !mention.person.roles.isEmpty()
				|| mention.person.gender != Gender.UNKNOWN || NameLexicon.MALE_NAMES.contains(first)
				|| NameLexicon.FEMALE_NAMES.contains(first);
	}

	static boolean anyPerson(boolean[] person, int from, int to) {
		for (int t = from; t < to; t++) {
			if (person[t]) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyCalendarWord(DocumentTokens doc, int from, int to) {
		for (int t = from; t < to; t++) {
			String lower = doc.get(t).lower();
			if (OrganisationWords.CALENDAR.contains(lower)) {
				return true;
			}
		}
		return false;
	}

	/** The same, for a document read on its own. */
	public List<EntityFact> find(DocumentText document, ExtractionContext context) {
		return find(new DocumentAnalysis(document, context));
	}

}
