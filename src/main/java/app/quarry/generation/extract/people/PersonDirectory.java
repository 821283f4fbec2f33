package app.quarry.generation.extract.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;

/**
 * The people of one document or of a whole corpus, with one canonical spelling each: "Kim
 * Jong-un", "Kim Jong Un" and "Kim Jong-Un" are one person, named by the spelling used
 * most often (ties broken alphabetically, so the result does not depend on document
 * order); a surname used alone ("Pompeo", "President Moon") joins the one full name it
 * belongs to. Also answers whether a typed name refers to a person unambiguously.
 */
public final class PersonDirectory {

	private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$");

	private final Map<String, Entry> byKey = new TreeMap<>();

	/**
	 * Keys of the entries by a spelling's key, in key order (an index, so that a lookup
	 * does not scan the corpus's people).
	 */
	private final Map<String, java.util.SortedSet<String>> bySpellingKey = new java.util.HashMap<>();

	/** Keys of the full-name entries by their first or last name part, in key order. */
	private final Map<String, java.util.SortedSet<String>> byPart = new java.util.HashMap<>();

	private PersonDirectory() {
	}

	public static PersonDirectory of(DocumentText document) {
		return of(List.of(document));
	}

	public static PersonDirectory of(List<DocumentText> documents) {
		Builder builder = new Builder();
		documents.forEach(builder::add);
		return builder.build();
	}

	/**
	 * Gathers a directory one document at a time, so that a document can be read for its
	 * people right after its facts (its analysis is still at hand).
	 */
	public static final class Builder {

		private final PersonDirectory directory = new PersonDirectory();

		private final List<LocalPerson> singles = new ArrayList<>();

		private boolean built;

		public Builder add(DocumentText document) {
			return add(new DocumentAnalysis(document, null));
		}

		/** Adds the people of a document whose analysis may already know them. */
		public Builder add(DocumentAnalysis document) {
			for (LocalPerson person : DocumentPeople.of(document).people.values()) {
				if (person.fullName() || person.ruler) {
					// "King Kassem" joins no Kassem by surname
					this.directory.entry(person.key).add(person, this.directory);
				}
				else {
					this.singles.add(person);
				}
			}
			return this;
		}

		/** The directory of the documents added; surnames used alone join their owner. */
		public PersonDirectory build() {
			if (this.built) {
				throw new IllegalStateException("a directory is built once");
			}
			this.built = true;
			for (LocalPerson single : this.singles) {
				List<Entry> owners = this.directory.withPart(single.key);
				(owners.size() == 1 ? owners.get(0) : this.directory.entry(single.key)).add(single, this.directory);
			}
			this.singles.clear();
			return this.directory;
		}

	}

	/** Everyone, sorted by canonical name. */
	public List<Person> people() {
		return this.byKey.values().stream().map(Entry::toPerson).sorted(Comparator.comparing(Person::name)).toList();
	}

	/**
	 * The canonical name for a spelling or a typed answer ("Kim Yo-jong", "Sanders",
	 * "President Trump"), or the input itself when it names no one known unambiguously.
	 */
	public String canonical(String name) {
		return find(name).map(Person::name).orElse(name);
	}

	/** The one person a typed name refers to; empty when unknown or ambiguous ("Kim"). */
	public Optional<Person> find(String typed) {
		String[] words = typed.trim().split("\\s+");
		int from = 0;
		while (from < words.length - 1 && isTitleWord(words[from])) {
			from++;
		}
		String name = POSSESSIVE.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)))
			.replaceAll("");
		String key = NameKey.of(name);
		Entry exact = this.byKey.get(key);
		if (exact != null && exact.full) {
			return Optional.of(exact.toPerson());
		}
		for (String entryKey : this.bySpellingKey.getOrDefault(key, java.util.Collections.emptySortedSet())) {
			Entry entry = this.byKey.get(entryKey);
			if (entry.full) {
				return Optional.of(entry.toPerson());
			}
		}
		List<Entry> owners = withPart(key);
		if (exact != null && exact.ruler && !owners.isEmpty()) {
			return Optional.empty(); // "Kassem": King Kassem or Omar Kassem
		}
		if (owners.size() == 1) {
			return Optional.of(owners.get(0).toPerson());
		}
		return owners.isEmpty() && exact != null ? Optional.of(exact.toPerson()) : Optional.empty();
	}

	/**
	 * Whether a typed name refers, unambiguously, to the person with this canonical name.
	 */
	public boolean refersTo(String typed, String canonicalName) {
		return find(typed).map(person -> person.name().equals(canonicalName)).orElse(false);
	}

	private static boolean isTitleWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return NameLexicon.TITLES.contains(lower) || NameLexicon.HONORIFICS.contains(lower)
				|| NameLexicon.FUNCTION_WORDS.contains(lower) || NameLexicon.NOT_NAMES.contains(lower)
				|| lower.equals("us") || lower.equals("u.s.");
	}

	private List<Entry> withPart(String partKey) {
		List<Entry> owners = new ArrayList<>();
		for (String entryKey : this.byPart.getOrDefault(partKey, java.util.Collections.emptySortedSet())) {
			owners.add(this.byKey.get(entryKey));
		}
		return owners;
	}

	private Entry entry(String key) {
		return this.byKey.computeIfAbsent(key, Entry::new);
	}

	/** A person being gathered from the documents' local people. */
	private static final class Entry {

		final String key;

		final Map<String, Integer> spellings = new TreeMap<>();

		final java.util.Set<String> spellingKeys = new java.util.HashSet<>();

		final java.util.SortedSet<String> roles = new java.util.TreeSet<>();

		Gender gender = Gender.UNKNOWN;

		boolean full;

		/** A ruler known by a given name ("King Kassem"). */
		boolean ruler;

		Entry(String key) {
			this.key = key;
		}

		void add(LocalPerson person, PersonDirectory directory) {
			person.spellings.forEach((spelling, count) -> this.spellings.merge(spelling, count, Integer::sum));
			person.spellings.keySet().forEach(spelling -> {
				String spellingKey = NameKey.of(spelling);
				if (this.spellingKeys.add(spellingKey)) {
					directory.bySpellingKey.computeIfAbsent(spellingKey, k -> new java.util.TreeSet<>()).add(this.key);
				}
			});
			this.roles.addAll(person.roles);
			this.ruler |= person.ruler;
			if (this.gender == Gender.UNKNOWN) {
				this.gender = person.gender;
			}
			if (person.fullName()) {
				this.full = true;
				if (!givenName(person.parts[0])) {
					// a lone "William" in another document is not this William
					directory.byPart.computeIfAbsent(person.parts[0], k -> new java.util.TreeSet<>()).add(this.key);
				}
				directory.byPart.computeIfAbsent(person.parts[person.parts.length - 1], k -> new java.util.TreeSet<>())
					.add(this.key);
			}
		}

		private static boolean givenName(String partKey) {
			return NameLexicon.MALE_NAMES.contains(partKey) || NameLexicon.FEMALE_NAMES.contains(partKey);
		}

		/** The most frequent full spelling; ties go to the alphabetically first. */
		String name() {
			String best = null;
			int bestCount = 0;
			for (Map.Entry<String, Integer> spelling : this.spellings.entrySet()) {
				boolean fullSpelling = spelling.getKey().indexOf(' ') > 0 || !this.full;
				if (fullSpelling && spelling.getValue() > bestCount) {
					best = spelling.getKey();
					bestCount = spelling.getValue();
				}
			}
			return best == null ? this.key : best;
		}

		Person toPerson() {
			return new Person(name(), List.copyOf(this.spellings.keySet()), List.copyOf(this.roles), this.gender);
		}

	}

}
