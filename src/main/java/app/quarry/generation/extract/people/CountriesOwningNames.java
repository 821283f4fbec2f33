package app.quarry.generation.extract.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.quarry.generation.extract.PersonFact;

/**
 * A country named in the possessive right before a person, which says where the person is
 * from: "Kenya's Jane Roe took silver", "behind Ireland's Tom Roe". Sports and foreign
 * news write a competitor or a leader so; the card says she is someone from there. Only a
 * country standing alone counts: "Britain and France's Jane Roe" shares her between two,
 * and "Acme's Orbiter and Kenya's Tom Roe" lists things each owned.
 */
final class CountriesOwningNames {

	/** Countries written in one or two words. */
	private static final Set<String> COUNTRIES = NameLexicon.words("afghanistan", "albania", "algeria", "argentina",
			"armenia", "australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia",
			"bosnia", "botswana", "brazil", "britain", "bulgaria", "burundi", "cambodia", "cameroon", "canada", "chile",
			"china", "colombia", "croatia", "cuba", "cyprus", "denmark", "ecuador", "egypt", "england", "eritrea",
			"estonia", "ethiopia", "fiji", "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala",
			"haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel",
			"italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kuwait", "latvia", "lebanon", "liberia",
			"libya", "lithuania", "luxembourg", "malaysia", "mali", "malta", "mexico", "moldova", "mongolia",
			"montenegro", "morocco", "mozambique", "namibia", "nepal", "netherlands", "nicaragua", "niger", "nigeria",
			"norway", "oman", "pakistan", "panama", "paraguay", "peru", "poland", "portugal", "qatar", "romania",
			"russia", "rwanda", "scotland", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia",
			"spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey",
			"uganda", "ukraine", "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia",
			"zimbabwe", "south africa", "new zealand", "sri lanka", "south korea", "north korea", "saudi arabia",
			"costa rica", "ivory coast", "czech republic", "northern ireland", "puerto rico", "trinidad and tobago");

	private static final int MAX_COUNTRY_WORDS = 3;

	private CountriesOwningNames() {
	}

	/**
	 * Where the people no role, act or later description tells of are from, once per
	 * person at the first mention that says so; the bare first mention of each gives way.
	 * A weaker thing to know than any of those, it is read last, so that "Britain's Jane
	 * Roe won. The world champion said" still makes her the champion.
	 */
	static void addTo(DocumentPeople people, String text, List<PersonFact> facts) {
		Set<String> described = new HashSet<>();
		facts.stream().filter(fact -> fact.role() != null).forEach(fact -> described.add(fact.value()));
		for (Mention mention : people.mentions) {
			if (mention.kind != Mention.Kind.NAME || mention.person == null || mention.possessive
					|| described.contains(mention.person.name())) {
				continue;
			}
			String role = of(people.doc, mention);
			if (role != null) {
				String name = mention.person.name();
				described.add(name);
				facts.removeIf(fact -> fact.role() == null && fact.value().equals(name));
				facts.add(new PersonFact(text.substring(mention.start, mention.end), mention.start, mention.end, name,
						role));
			}
		}
	}

	private static String of(DocumentTokens doc, Mention name) {
		int mark = name.phraseStartToken - 1;
		if (!name.multiWordName() || mark < 1 || !NameFinder.isPossessiveMark(doc.get(mark)) || doc.boundaryBefore(mark)
				|| doc.boundaryBefore(name.phraseStartToken)) {
			return null;
		}
		for (int start = mark - 1; start >= 0 && mark - start <= MAX_COUNTRY_WORDS; start--) {
			Token first = doc.get(start);
			if (!first.word() || !first.capitalized() && !first.lower().equals("and")) {
				return null;
			}
			if (first.capitalized() && COUNTRIES.contains(doc.span(start, mark).toLowerCase(java.util.Locale.ROOT))
					&& standsAlone(doc, start)) {
				return Affiliations.SOMEONE_FROM + doc.span(start, mark);
			}
			if (doc.boundaryBefore(start)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Nothing before the country joins it to a longer name, another country or a list of
	 * things each owned: no capitalized word, no "and", no possessive.
	 */
	private static boolean standsAlone(DocumentTokens doc, int start) {
		if (start == 0 || doc.boundaryBefore(start)) {
			return true;
		}
		Token before = doc.get(start - 1);
		if (before.lower().equals("and") || before.is("&")) {
			// "her and Kenya's Jane Roe" joins two people; "Britain and France's" two
			// countries, and "Orbiter V and Kenya's" two things each owned
			Token joined = start > 1 && !doc.boundaryBefore(start - 1) ? doc.get(start - 2) : null;
			return joined != null && !(joined.word() && joined.capitalized()) && !NameFinder.isPossessiveMark(joined);
		}
		return !(before.word() && before.capitalized()) && !NameFinder.isPossessiveMark(before);
	}

}
