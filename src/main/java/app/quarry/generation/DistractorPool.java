package app.quarry.generation;

import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.people.LooseAcronyms;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The wrong answers a question may offer, drawn from the whole corpus: other dates of the
 * story at the same precision, other people with a similar role, other organisations. A
 * distractor is never equal or equivalent to the answer and never another right answer.
 * Built once per corpus, with its indexes, then asked for every question.
 */
final class DistractorPool {

	/** A last name of two parts joined by a hyphen: "Kim Jong-un". */
	private static final Pattern HYPHENATED_LAST = Pattern.compile(".*\\b\\p{Lu}\\p{Ll}+-\\p{Ll}+$");

	/** Two capitalized last words: "Kim Jong Un". */
	private static final Pattern TWO_CAPITALIZED_LAST = Pattern.compile(".*\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+$");

	/** A space between two single letters: "u s" in "the u s president". */
	private static final Pattern INITIALS = Pattern.compile("(?<=\\b\\p{L}) (?=\\p{L}\\b)");

	private final DateDistractors dates = new DateDistractors();

	private final CorpusPeople people = new CorpusPeople();

	private final CorpusOrganisations organisations = new CorpusOrganisations();

	/** A place's description that says it is a city. */
	private static final Pattern CITY = Pattern.compile(" (?:capital|city|town|port|village) ");

	/** Kinds of place, by the nouns that name them; a place is offered among its kind. */
	private static final List<Pattern> PLACE_KINDS = List.of(CITY,
			Pattern.compile(" (?:province|state|region|county|district|territory|prefecture|department) "),
			Pattern.compile(" (?:country|nation|kingdom|republic|emirate) "),
			Pattern.compile(" (?:island|islands|archipelago|atoll) "),
			Pattern.compile(" (?:river|lake|sea|mountain|mountains|valley|desert) "));

	/** The places the corpus describes: wrong answers among places only. */
	private final CorpusOrganisations places = new CorpusOrganisations();

	/** The corpus' roles squashed, each once rather than once per question. */
	private final Map<String, String> squashedRoles = new HashMap<>();

	DistractorPool(List<SourceDocument> documents) {
		for (SourceDocument document : documents) {
			for (Fact fact : document.facts()) {
				if (fact instanceof DateFact date && !date.relative() && DateValue.parse(date.value()) != null) {
					this.dates.add(date.value());
				}
				else if (fact instanceof PersonFact person && person.value() != null) {
					this.people.add(person.value(), person.role());
				}
				else if (fact instanceof EntityFact entity && entity.value() != null && entity.place()) {
					this.places.add(entity.value(), entity.description());
				}
				else if (fact instanceof EntityFact entity && entity.value() != null
						&& !LooseAcronyms.shortens(entity.value(), entity.description())) {
					// an abbreviation may shorten an index, an event or a place as well
					// as
					// an organisation: no wrong answer to "Which organisation ...?"
					this.organisations.add(entity.value(), entity.description());
				}
				// a country, a firm or a document that speaks ("Norland said") is no
				// person: never a wrong answer to "Who is ...?"
				else if (fact instanceof QuoteFact quote && quote.speaker() != null && !quote.source()
						&& Character.isUpperCase(quote.speaker().charAt(0))) {
					this.people.addSpeaker(quote.speaker());
				}
			}
		}
		this.people.index();
		this.organisations.index();
		this.places.index();
	}

	/** How the pool files a name: its normalized words without spaces. */
	static String key(String name) {
		return Prose.normalize(name).replace(" ", "");
	}

	/**
	 * Three dates of the same precision as the answer, or fewer when the corpus lacks
	 * them.
	 */
	List<DateValue> dates(DateValue answer, String seed) {
		return this.dates.pick(answer, seed);
	}

	/** Up to three other people who could have said the words. */
	List<String> speakers(String answer, String seed) {
		return this.people.speakers(answer, seed);
	}

	/**
	 * Up to three other people, those with roles most like the answer's first; nobody
	 * whose role matches {@code askedRole}, so no distractor is also right.
	 */
	List<String> people(String answer, String askedRole, String seed) {
		return this.people.people(answer, askedRole, seed);
	}

	/**
	 * True when someone else in the corpus holds the role too: "Who is ...?" would have
	 * two answers.
	 */
	boolean othersWithRole(String name, String role) {
		return this.people.othersWithRole(name, role);
	}

	/** Whether no one else in the corpus bears this single name among others. */
	boolean onlyPersonCalled(String singleName) {
		return this.people.onlyPersonCalled(singleName);
	}

	/**
	 * True when the corpus gives this person the same role in another spelling ("U.S.
	 * President" and "US President", "the Apple CEO" and "Apple CEO"), of which the first
	 * in order stays: a second card would only repeat the first. A poorer role from
	 * another document ("President") stays: it is what its own document says.
	 */
	boolean sameRoleSpelledOtherwise(String name, String role) {
		PoolPerson person = this.people.get(name);
		if (person == null) {
			return false;
		}
		String asked = squashed(role);
		for (String other : person.roles) {
			if (this.squashedRoles.computeIfAbsent(other, DistractorPool::squashed).equals(asked)
					&& PersonQuestions.written(other).compareTo(role) < 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "the U.S. President" as "us president": a role's words without article or stops.
	 */
	private static String squashed(String role) {
		String words = CorpusPeople.withoutArticle(Prose.normalize(PersonQuestions.written(role)).strip());
		return INITIALS.matcher(words).replaceAll("");
	}

	/** Another organisation is described with these words, or words that hold them. */
	boolean otherOrganisationDescribedAs(String name, String description) {
		return this.organisations.otherDescribedAs(name, description);
	}

	/**
	 * Up to three other organisations of the corpus, in a stable order, none named in the
	 * description asked.
	 */
	List<String> organisations(String answer, String description, String seed) {
		return this.organisations.others(answer, description, seed);
	}

	/** Another place is described with these words, or words that hold them. */
	boolean otherPlaceDescribedAs(String name, String description) {
		return this.places.otherDescribedAs(name, description);
	}

	/**
	 * Up to three other places of the corpus, in a stable order, none named in the
	 * description.
	 */
	List<String> places(String answer, String description, String seed) {
		return this.places.others(answer, description, seed);
	}

	/** Up to three other places the corpus describes as cities, towns or capitals. */
	List<String> cities(String answer, String description, String seed) {
		return this.places.others(answer, description, seed, d -> CITY.matcher(d).find());
	}

	/**
	 * Up to three other places of the kind the description names: towns for "a northern
	 * town", provinces for "a province of Norland", islands for "a Mascarene island", so
	 * that no option is ruled out by its kind alone. A description of no known kind is
	 * offered places of any.
	 */
	List<String> placesLike(String answer, String description, String seed) {
		java.util.Optional<Pattern> kind = PLACE_KINDS.stream()
			.filter(k -> k.matcher(" " + Prose.normalize(description) + " ").find())
			.findFirst();
		return kind.isEmpty() ? places(answer, description, seed)
				: this.places.others(answer, description, seed, d -> kind.get().matcher(d).find());
	}

	/** Ways to write a name that a typed answer is accepted for. */
	static List<String> nameVariants(String name) {
		List<String> forms = new ArrayList<>();
		forms.add(name);
		forms.add(name.replace('-', ' '));
		if (HYPHENATED_LAST.matcher(name).matches()) {
			int dash = name.lastIndexOf('-');
			forms.add(name.substring(0, dash) + " " + Character.toUpperCase(name.charAt(dash + 1))
					+ name.substring(dash + 2));
		}
		if (TWO_CAPITALIZED_LAST.matcher(name).matches() && name.split(" ").length == 3) {
			int space = name.lastIndexOf(' ');
			forms.add(name.substring(0, space) + "-" + Character.toLowerCase(name.charAt(space + 1))
					+ name.substring(space + 2));
		}
		return forms.stream().distinct().toList();
	}

}
