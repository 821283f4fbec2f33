package app.quarry.generation;

import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The wrong answers a question may offer, drawn from the whole corpus: other dates of the
 * story at the same precision, other people with a similar role, numbers near the answer.
 * A distractor is never equal or equivalent to the answer and never another right answer.
 */
final class DistractorPool {

	private final TreeSet<String> dates = new TreeSet<>();

	/** People by normalized name: display name and the roles the corpus gives them. */
	private final TreeMap<String, Person> people = new TreeMap<>();

	/** Organisations by name, with what the corpus describes each as (normalized). */
	private final TreeMap<String, Set<String>> organisations = new TreeMap<>();

	/**
	 * A person of the pool with the normalized forms the comparisons need, computed once
	 * rather than per question.
	 */
	private static final class Person {

		final String name;

		final String key;

		final String normalized;

		final Set<String> roles = new TreeSet<>();

		final List<String> normalizedRoles = new ArrayList<>();

		final Set<String> roleWords = new HashSet<>();

		Person(String name) {
			this.name = name;
			this.key = key(name);
			this.normalized = Prose.normalize(name);
		}

		String name() {
			return this.name;
		}

		void addRole(String role) {
			if (this.roles.add(role)) {
				String n = Prose.normalize(role);
				// padded with spaces, for whole-word containment
				this.normalizedRoles.add(" " + n + " ");
				for (String w : n.split(" ")) {
					if (w.length() > 3) {
						this.roleWords.add(w);
					}
				}
			}
		}

		/** Whether one of this person's roles and {@code role} mention each other. */
		boolean holds(String normalizedRole) {
			if (normalizedRole.isEmpty()) {
				return false;
			}
			String padded = " " + normalizedRole + " ";
			for (String r : this.normalizedRoles) {
				if (r.length() > 2 && padded.contains(r) || r.contains(padded)) {
					return true;
				}
			}
			return false;
		}

	}

	private final java.util.Map<String, List<DateValue>> datesByPrecision = new java.util.HashMap<>();

	private final java.util.Map<String, List<String>> isosByPrecision = new java.util.HashMap<>();

	DistractorPool(List<SourceDocument> documents) {
		for (SourceDocument document : documents) {
			for (Fact fact : document.facts()) {
				if (fact instanceof DateFact date && !date.relative() && DateValue.parse(date.value()) != null) {
					this.dates.add(date.value());
				}
				else if (fact instanceof PersonFact person && person.value() != null) {
					addPerson(person.value(), person.role());
				}
				else if (fact instanceof EntityFact entity && entity.value() != null) {
					this.organisations.computeIfAbsent(entity.value(), k -> new TreeSet<>())
						.add(" " + withoutArticle(Prose.normalize(entity.description())) + " ");
				}
				else if (fact instanceof QuoteFact quote && quote.speaker() != null
						&& Character.isUpperCase(quote.speaker().charAt(0))) {
					addPerson(quote.speaker(), null);
					this.speakers.add(key(quote.speaker()));
				}
			}
		}
	}

	/** Who said something somewhere in the corpus: people, as nothing else speaks. */
	private final Set<String> speakers = new HashSet<>();

	/**
	 * Up to three other people who could have said the words: other speakers first, then
	 * people with a role; never a product, a place or a label the name finder took for a
	 * name, and never another form of the answer's name ("Jane Roe", "Jane M. Roe").
	 */
	List<String> speakers(String answer, String seed) {
		// other speakers first, then people with a role; gathered only until three of
		// each are found, since the whole corpus' people are behind every question
		List<String> speaking = new ArrayList<>();
		List<String> withRole = new ArrayList<>();
		for (String name : people(answer, null, seed, Integer.MAX_VALUE)) {
			if (speaking.size() == 3) {
				break;
			}
			Person p = this.people.get(key(name));
			boolean speaker = this.speakers.contains(p.key);
			List<String> into = speaker ? speaking : withRole;
			if ((speaker || !p.roles.isEmpty()) && into.size() < 3 && p.normalized.contains(" ")
					&& !sameName(name, answer) && speaking.stream().noneMatch(other -> sameName(other, name))
					&& withRole.stream().noneMatch(other -> sameName(other, name))) {
				into.add(name);
			}
		}
		List<String> chosen = new ArrayList<>(speaking);
		chosen.addAll(withRole);
		return chosen.stream().limit(3).toList();
	}

	/** One name within the other, last names equal: two forms of one person's name. */
	private static boolean sameName(String a, String b) {
		List<String> x = List.of(Prose.normalize(a).split(" "));
		List<String> y = List.of(Prose.normalize(b).split(" "));
		return x.get(x.size() - 1).equals(y.get(y.size() - 1)) && (x.containsAll(y) || y.containsAll(x));
	}

	private void addPerson(String name, String role) {
		Person person = this.people.computeIfAbsent(key(name), k -> new Person(name));
		if (role != null && !role.isBlank()) {
			person.addRole(role);
		}
	}

	static String key(String name) {
		return Prose.normalize(name).replace(" ", "");
	}

	/**
	 * Three dates of the same precision as the answer, or fewer when the corpus lacks
	 * them.
	 */
	List<DateValue> dates(DateValue answer, String seed) {
		List<String> story = nearestStoryDates(datesOf(answer.shape()), answer).stream()
			.filter(d -> sameEra(DateValue.parse(d), answer))
			.toList();
		List<String> chosen = new ArrayList<>(StableChoice.pick(story, 2, seed));
		List<String> near = answer.near().stream().map(DateValue::iso).filter(n -> !chosen.contains(n)).toList();
		chosen.addAll(StableChoice.pick(near, 3 - chosen.size(), seed));
		return chosen.stream().map(DateValue::parse).filter(d -> !overlaps(d, answer)).toList();
	}

	/**
	 * The story's dates closest in time to the answer, at most {@value #STORY_DATES}: a
	 * distractor from the same period is more plausible than one from years away, and the
	 * choice costs the same however many dates a large corpus holds.
	 */
	private List<String> nearestStoryDates(List<DateValue> dates, DateValue answer) {
		List<String> isos = this.isosByPrecision.computeIfAbsent(answer.shape(),
				p -> dates.stream().map(DateValue::iso).toList());
		int at = java.util.Collections.binarySearch(isos, answer.iso());
		int right = at >= 0 ? at : -at - 1;
		int left = right - 1;
		boolean fromLeft = true;
		List<String> story = new ArrayList<>();
		while (story.size() < STORY_DATES && (left >= 0 || right < dates.size())) {
			// outwards from the answer, one side then the other
			boolean takeLeft = left >= 0 && (fromLeft || right >= dates.size());
			DateValue d = dates.get(takeLeft ? left-- : right++);
			fromLeft = !takeLeft;
			if (!overlaps(d, answer)) {
				story.add(d.iso());
			}
		}
		return story;
	}

	private static final int STORY_DATES = 12;

	/** The story's dates of one shape, in ISO order, parsed once. */
	private List<DateValue> datesOf(String shape) {
		return this.datesByPrecision.computeIfAbsent(shape,
				p -> this.dates.stream().map(DateValue::parse).filter(d -> d.shape().equals(shape)).toList());
	}

	/**
	 * Whether a story date is a fair option for the answer: on the same side of the start
	 * of the era and near it (a day or a month within three years, a year within 25):
	 * "1955" is no plausible alternative to "2010".
	 */
	private static boolean sameEra(DateValue d, DateValue answer) {
		int a = DateValue.year(answer.iso());
		int y = DateValue.year(d.iso());
		int reach = answer.precision() == DateValue.Precision.DAY || answer.precision() == DateValue.Precision.MONTH ? 3
				: 25;
		return y > 0 == a > 0 && Math.abs(y - a) <= reach;
	}

	private static boolean overlaps(DateValue a, DateValue b) {
		String[] x = a.iso().split("/");
		String[] y = b.iso().split("/");
		String xFrom = x[0];
		String xTo = x[x.length - 1];
		String yFrom = y[0];
		String yTo = y[y.length - 1];
		return xFrom.compareTo(yTo) <= 0 && yFrom.compareTo(xTo) <= 0 || a.iso().equals(b.iso());
	}

	/**
	 * Up to three other people, those with roles most like the answer's first; nobody
	 * whose role matches {@code askedRole}, so no distractor is also right.
	 */
	List<String> people(String answer, String askedRole, String seed) {
		return people(answer, askedRole, seed, 3);
	}

	private List<String> people(String answer, String askedRole, String seed, int limit) {
		String answerKey = key(answer);
		String answerNormalized = Prose.normalize(answer);
		Person target = this.people.get(answerKey);
		Set<String> targetWords = target == null ? Set.of() : target.roleWords;
		String asked = askedRole == null ? null : Prose.normalize(askedRole);
		List<Person> others = new ArrayList<>();
		for (Person p : this.people.values()) {
			if (p.key.equals(answerKey) || sameNormalizedPerson(p.normalized, answerNormalized)) {
				continue;
			}
			if (asked != null && p.holds(asked)) {
				continue;
			}
			others.add(p);
		}
		// the seed, a whole sentence, is hashed once for all the corpus' people
		long seeded = StableChoice.rank(seed + "|");
		List<Ranked> ranked = new ArrayList<>(others.size());
		for (Person p : others) {
			ranked.add(new Ranked(p.name(), shared(p.roleWords, targetWords), StableChoice.rank(seeded, p.name())));
		}
		ranked.sort(Comparator.comparingInt((Ranked r) -> -r.sharedWords())
			.thenComparingLong(Ranked::order)
			.thenComparing(Ranked::name));
		return ranked.stream().limit(limit).map(Ranked::name).toList();
	}

	private record Ranked(String name, int sharedWords, long order) {
	}

	/**
	 * True when someone else in the corpus holds the role too: "Who is ...?" would have
	 * two answers.
	 */
	boolean othersWithRole(String name, String role) {
		String nameKey = key(name);
		String normalized = Prose.normalize(name);
		String asked = " " + withoutArticle(Prose.normalize(role)) + " ";
		for (Person p : this.people.values()) {
			if (p.key.equals(nameKey) || sameNormalizedPerson(p.normalized, normalized)) {
				continue;
			}
			// another "Washington senator" or "former Washington senator" makes the
			// answer ambiguous; a plain "senator" elsewhere does not
			for (String r : p.normalizedRoles) {
				if ((" " + withoutArticle(r.strip()) + " ").contains(asked)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * "Wolfowitz" names one person when no one else in the corpus bears the name among
	 * others ("Paul Wolfowitz", "Jane Wolfowitz"): a card may ask who he is by it.
	 */
	boolean onlyPersonCalled(String singleName) {
		String nameKey = key(singleName);
		String padded = " " + Prose.normalize(singleName) + " ";
		for (Person p : this.people.values()) {
			if (!p.key.equals(nameKey) && (" " + p.normalized + " ").contains(padded)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * True when the corpus gives this person the same role in another spelling ("U.S.
	 * President" and "US President", "the Apple CEO" and "Apple CEO"), of which the first
	 * in order stays: a second card would only repeat the first. A poorer role from
	 * another document ("President") stays: it is what its own document says.
	 */
	boolean sameRoleSpelledOtherwise(String name, String role) {
		Person person = this.people.get(key(name));
		if (person == null) {
			return false;
		}
		String asked = squashed(role);
		for (String other : person.roles) {
			String written = PersonQuestions.written(other);
			if (squashed(other).equals(asked) && written.compareTo(role) < 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "the U.S. President" as "us president": a role's words without article or stops.
	 */
	private static String squashed(String role) {
		String words = withoutArticle(Prose.normalize(PersonQuestions.written(role)).strip());
		return INITIALS.matcher(words).replaceAll("");
	}

	private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern
		.compile("(?<=\\b\\p{L}) (?=\\p{L}\\b)");

	/** Another organisation is described with these words, or words that hold them. */
	boolean otherOrganisationDescribedAs(String name, String description) {
		String asked = " " + withoutArticle(Prose.normalize(description)) + " ";
		for (var entry : this.organisations.entrySet()) {
			if (!entry.getKey().equals(name) && entry.getValue().stream().anyMatch(d -> d.contains(asked))) {
				return true;
			}
		}
		return false;
	}

	/** Up to three other organisations of the corpus, in a stable order. */
	List<String> organisations(String answer, String seed) {
		String answerKey = key(answer);
		List<String> others = this.organisations.keySet()
			.stream()
			.filter(name -> !key(name).equals(answerKey) && !key(name).contains(answerKey)
					&& !answerKey.contains(key(name)))
			.toList();
		return StableChoice.pick(others, 3, seed);
	}

	/**
	 * The words without a leading "the", "a" or "an" (a regex compiled at each call was a
	 * tenth of asking who holds a role).
	 */
	private static String withoutArticle(String normalized) {
		for (String article : ARTICLES) {
			if (normalized.startsWith(article)) {
				return normalized.substring(article.length());
			}
		}
		return normalized;
	}

	private static final List<String> ARTICLES = List.of("the ", "a ", "an ");

	/**
	 * "Kim" alone and "Kim Jong Un" may be one person: never offer one against the other.
	 */
	private static boolean sameNormalizedPerson(String x, String y) {
		return !x.contains(" ") && (" " + y + " ").contains(" " + x + " ")
				|| !y.contains(" ") && (" " + x + " ").contains(" " + y + " ");
	}

	private static int shared(Set<String> a, Set<String> b) {
		int n = 0;
		for (String w : a) {
			if (b.contains(w)) {
				n++;
			}
		}
		return n;
	}

	/** Ways to write a name that a typed answer is accepted for. */
	static List<String> nameVariants(String name) {
		List<String> forms = new ArrayList<>();
		forms.add(name);
		forms.add(name.replace('-', ' '));
		if (name.matches(".*\\b\\p{Lu}\\p{Ll}+-\\p{Ll}+$")) {
			int dash = name.lastIndexOf('-');
			forms.add(name.substring(0, dash) + " " + Character.toUpperCase(name.charAt(dash + 1))
					+ name.substring(dash + 2));
		}
		if (name.matches(".*\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+$") && name.split(" ").length == 3) {
			int space = name.lastIndexOf(' ');
			forms.add(name.substring(0, space) + "-" + Character.toLowerCase(name.charAt(space + 1))
					+ name.substring(space + 2));
		}
		return forms.stream().distinct().toList();
	}

}
