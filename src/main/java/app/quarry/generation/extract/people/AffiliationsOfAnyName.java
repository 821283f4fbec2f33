package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LeftoverFinder;
import app.quarry.generation.extract.PersonFact;

/**
 * The last reader of where a person belongs, for a person no other finder described:
 * "Tino Vargo of Rovers had a chance", "a goal from Halden's Jane Roe". Whether the name
 * after "of" or before the possessive is a team, a paper, a party or a town, the person
 * is someone from it, so the answer says only that ({@link Affiliations}) and needs no
 * list of bodies: the readers before it ask for one because they name a body as a body.
 */
public final class AffiliationsOfAnyName implements LeftoverFinder {

	private static final int MAX_OWNER_WORDS = 4;

	/**
	 * Titles whose "of" names a realm, a see or a peerage, not a home: "King Olaf of
	 * Norland", "the Duke of Halden".
	 */
	private static final Set<String> DOMAIN_TITLES = NameLexicon.words("king", "queen", "prince", "princess", "emperor",
			"empress", "sultan", "emir", "shah", "tsar", "czar", "pharaoh", "pope", "duke", "duchess", "earl", "count",
			"countess", "baron", "baroness", "lord", "lady", "bishop", "archbishop", "cardinal", "saint", "st", "st.");

	/** Words that join the parts of one name: "of Smith & Sons", "of Land and Water". */
	private static final Set<String> NAME_LINKS = NameLexicon.words("of", "and", "&", "for", "de", "du", "la", "van",
			"von");

	@Override
	public List<Fact> find(DocumentAnalysis analysis, List<Fact> found) {
		DocumentPeople people = DocumentPeople.of(analysis);
		DocumentTokens doc = people.doc;
		DescribedNames described = new DescribedNames(found);
		List<Fact> facts = new ArrayList<>();
		for (Mention name : people.mentions) {
			if (name.kind != Mention.Kind.NAME || name.person == null || name.inQuote
					|| described.named(doc.get(name.firstToken).start(), doc.get(name.endToken - 1).end())
					|| !shownPerson(doc, name)) {
				continue;
			}
			String home = homeAfter(people, name);
			if (home == null) {
				home = ownerBefore(people, name);
			}
			if (home != null) {
				int from = doc.get(name.firstToken).start();
				int to = doc.get(name.endToken - 1).end();
				facts.add(new PersonFact(doc.span(name.firstToken, name.endToken), from, to, name.person.name(),
						Affiliations.SOMEONE_FROM + home));
				described.addName(from, to);
			}
		}
		return facts;
	}

	/**
	 * The people's rules show the name is a person's, or the text calls the person by the
	 * surname alone, as it calls no firm: "Tino Vargo ... Vargo scored".
	 */
	private static boolean shownPerson(DocumentTokens doc, Mention name) {
		return OrganisationFinder.showsPerson(name)
				|| name.multiWordName() && CountriesBeforeNames.readsAsPerson(doc, name.firstToken, name.endToken - 1)
				|| givenNameOpens(doc, name);
	}

	/**
	 * "Neil Harwood of the Kestrel Institute": a run of two or three words whose first is
	 * a given name of the wider list, and no word of a body's, is a person's name.
	 */
	private static boolean givenNameOpens(DocumentTokens doc, Mention name) {
		int words = name.endToken - name.firstToken;
		if (!name.multiWordName() || words > 3
				|| GivenNames.recordedSex(doc.get(name.firstToken).lower()) == Gender.UNKNOWN) {
			return false;
		}
		for (int t = name.firstToken; t < name.endToken; t++) {
			String lower = doc.get(t).lower();
			if (OrganisationWords.NOUNS.contains(lower) || OrganisationWords.COMPANY_SUFFIXES.contains(lower)
					|| CountryNames.isCountry(lower)) {
				return false;
			}
		}
		return true;
	}

	/** "Tino Vargo of Rovers", "Ann Lee of the Tenants' Union": the name after "of". */
	private static String homeAfter(DocumentPeople people, Mention name) {
		DocumentTokens doc = people.doc;
		int of = name.endToken;
		int before = name.firstToken - 1;
		if (of + 1 >= doc.size() || !doc.get(of).lower().equals("of") || doc.boundaryBefore(of)
				|| doc.boundaryBefore(of + 1)
				|| before >= 0 && !doc.boundaryBefore(name.firstToken)
						&& DOMAIN_TITLES.contains(doc.get(before).lower())
				|| NameSuffix.regnal(doc.get(name.endToken - 1))) {
			return null;
		}
		int first = doc.get(of + 1).lower().equals("the") ? of + 2 : of + 1;
		int end = runEnd(doc, first);
		if (end <= first || !BodiesAfterNames.closes(doc, end) || listedOn(doc, end)
				|| !ownerLike(people, first, end)) {
			return null;
		}
		return doc.span(of + 1, end);
	}

	/**
	 * "of the Northern, Coastal and Island district": a comma and another capitalized
	 * word that a comma or "and" follows make the run one item of a longer name.
	 */
	private static boolean listedOn(DocumentTokens doc, int end) {
		if (end + 2 >= doc.size() || !doc.get(end).is(",") || doc.boundaryBefore(end + 1)
				|| !doc.get(end + 1).capitalized()) {
			return false;
		}
		String after = doc.get(end + 2).lower();
		return after.equals(",") || after.equals("and") || after.equals("&");
	}

	/**
	 * "Halden's Jane Roe": a capitalized owner that is no person's name. The name after
	 * it reads as a person's by the hand-kept given names or the surname used alone, or
	 * by a given name of the wider list opening a short name with no word of a body's
	 * ("Halden's Oriol Vasca"): a firm owned by a country ("Norland's Vasca Motor") opens
	 * with no given name.
	 */
	private static String ownerBefore(DocumentPeople people, Mention name) {
		DocumentTokens doc = people.doc;
		int mark = name.firstToken - 1;
		if (mark < 1 || name.possessive || !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)
				|| doc.boundaryBefore(name.firstToken)
				|| !CountriesBeforeNames.readsAsPerson(doc, name.firstToken, name.endToken - 1)
						&& !givenNameOpens(doc, name)) {
			return null;
		}
		int first = mark;
		while (first - 1 >= 0 && mark - first < MAX_OWNER_WORDS && !doc.boundaryBefore(first)
				&& doc.get(first - 1).word() && doc.get(first - 1).capitalized()) {
			first--;
		}
		if (first == mark || first > 0 && !doc.boundaryBefore(first)
				&& (doc.get(first - 1).lower().equals("of") || NameFinder.isPossessiveMark(doc.get(first - 1)))) {
			return null; // "the coach of Halden's Jane Roe": the owner may be longer
		}
		return ownerLike(people, first, mark) ? doc.span(first, mark) : null;
	}

	private static int runEnd(DocumentTokens doc, int first) {
		int end = first;
		while (end < doc.size() && !doc.boundaryBefore(end)) {
			Token token = doc.get(end);
			if (token.word() && token.capitalized() && !NameLexicon.FUNCTION_WORDS.contains(token.lower())) {
				end++;
			}
			else if (end > first && NAME_LINKS.contains(token.lower()) && end + 1 < doc.size()
					&& !doc.boundaryBefore(end + 1) && doc.get(end + 1).capitalized()) {
				end++;
			}
			else {
				break;
			}
		}
		return end;
	}

	/**
	 * A body's or a place's name: no person's, no weekday's or month's, no time's
	 * ("Monday's", "Christmas's").
	 */
	private static boolean ownerLike(DocumentPeople people, int first, int end) {
		DocumentTokens doc = people.doc;
		for (int t = first; t < end; t++) {
			Token token = doc.get(t);
			if (NameRunBreaks.weekday(token) || OpeningPhrases.month(token) || NameFinder.givenName(token)) {
				return false;
			}
		}
		// a one-word team is read as a person's name until the text shows otherwise: only
		// names shown to be people's are
		for (Mention mention : people.mentions) {
			if (mention.kind == Mention.Kind.NAME && mention.person != null && mention.firstToken < end
					&& mention.endToken > first && shownPerson(doc, mention)) {
				return false;
			}
		}
		return true;
	}

}
