package app.quarry.generation;

import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
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

	private record Person(String name, Set<String> roles) {
	}

	DistractorPool(List<SourceDocument> documents) {
		for (SourceDocument document : documents) {
			for (Fact fact : document.facts()) {
				if (fact instanceof DateFact date && !date.relative() && DateValue.parse(date.value()) != null) {
					this.dates.add(date.value());
				}
				else if (fact instanceof PersonFact person && person.value() != null) {
					addPerson(person.value(), person.role());
				}
				else if (fact instanceof QuoteFact quote && quote.speaker() != null) {
					addPerson(quote.speaker(), null);
				}
			}
		}
	}

	private void addPerson(String name, String role) {
		Person person = this.people.computeIfAbsent(key(name), k -> new Person(name, new TreeSet<>()));
		if (role != null && !role.isBlank()) {
			person.roles().add(role);
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
		List<String> story = new ArrayList<>();
		for (String iso : this.dates) {
			DateValue d = DateValue.parse(iso);
			if (d.precision() == answer.precision() && !overlaps(d, answer)) {
				story.add(iso);
			}
		}
		List<String> chosen = new ArrayList<>(StableChoice.pick(story, 2, seed));
		List<String> near = answer.near().stream().map(DateValue::iso).filter(n -> !chosen.contains(n)).toList();
		chosen.addAll(StableChoice.pick(near, 3 - chosen.size(), seed));
		return chosen.stream().map(DateValue::parse).filter(d -> !overlaps(d, answer)).toList();
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
		Person target = this.people.get(key(answer));
		Set<String> targetWords = words(target == null ? Set.of() : target.roles());
		List<Person> others = new ArrayList<>();
		for (Person p : this.people.values()) {
			if (key(p.name()).equals(key(answer)) || samePerson(p.name(), answer)) {
				continue;
			}
			if (askedRole != null
					&& p.roles().stream().anyMatch(r -> Prose.mentions(r, askedRole) || Prose.mentions(askedRole, r))) {
				continue;
			}
			others.add(p);
		}
		others.sort(Comparator.comparingInt((Person p) -> -shared(words(p.roles()), targetWords))
			.thenComparing(p -> StableChoice.sha256Hex(seed + "|" + p.name())));
		return others.stream().limit(3).map(Person::name).toList();
	}

	/**
	 * True when someone else in the corpus holds the role too: "Who is ...?" would have
	 * two answers.
	 */
	boolean othersWithRole(String name, String role) {
		return this.people.values()
			.stream()
			.filter(p -> !key(p.name()).equals(key(name)) && !samePerson(p.name(), name))
			.anyMatch(p -> p.roles().stream().anyMatch(r -> Prose.mentions(r, role) || Prose.mentions(role, r)));
	}

	/**
	 * "Kim" alone and "Kim Jong Un" may be one person: never offer one against the other.
	 */
	private static boolean samePerson(String a, String b) {
		String x = Prose.normalize(a);
		String y = Prose.normalize(b);
		return !x.contains(" ") && (" " + y + " ").contains(" " + x + " ")
				|| !y.contains(" ") && (" " + x + " ").contains(" " + y + " ");
	}

	private static Set<String> words(Set<String> roles) {
		Set<String> words = new HashSet<>();
		for (String role : roles) {
			for (String w : Prose.normalize(role).split(" ")) {
				if (w.length() > 3) {
					words.add(w);
				}
			}
		}
		return words;
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
