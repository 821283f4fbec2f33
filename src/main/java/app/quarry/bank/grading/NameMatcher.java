package app.quarry.bank.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches a typed name against a person's name: spelling variants ("Kim Yo-jong", "Kim Yo
 * Jong", "Kim Yojong") and titles ("President Trump") are the name.
 * <p>
 * Part of a name is full marks only when it is the end of the name ("Pompeo" for Mike
 * Pompeo, "Jong Un" for Kim Jong Un: how news reports call people on second mention) and
 * no other known person's name has that part. Any other part ("Mike", "Donald") is
 * "almost": a first name alone is how one would guess, and it does not tell people apart.
 * A part several known people share is "almost" and names them.
 */
final class NameMatcher {

	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "president", "chairman", "leader",
			"secretary", "press", "senator", "sen", "general", "gen", "comrade", "the", "supreme");

	/** Partial names shorter than this ("Un", "Yo") are too weak to point at anyone. */
	private static final int SHORTEST_PART = 3;

	private final List<String> knownPeople;

	NameMatcher(Collection<String> knownPeople) {
		this.knownPeople = List.copyOf(knownPeople);
	}

	/** Whether the name is one of the known people (in any spelling variant). */
	boolean isKnownPerson(String name) {
		String key = TextNormalizer.compact(name);
		return this.knownPeople.stream().anyMatch(person -> TextNormalizer.compact(person).equals(key));
	}

	Optional<Grade> grade(String expected, String response) {
		List<String> typed = withoutTitles(response);
		List<String> name = tokens(expected);
		if (typed.isEmpty()) {
			return Optional.empty();
		}
		if (String.join("", typed).equals(String.join("", name))) {
			return Optional.of(Grade.correct("the name " + expected));
		}
		if (String.join("", typed).length() >= SHORTEST_PART && name.containsAll(typed)) {
			return Optional.of(partOfName(expected, typed));
		}
		return misspelled(expected, typed, name);
	}

	private Grade partOfName(String expected, List<String> typed) {
		Set<String> others = new LinkedHashSet<>();
		for (String person : this.knownPeople) {
			if (tokens(person).containsAll(typed)
					&& !TextNormalizer.compact(person).equals(TextNormalizer.compact(expected))) {
				others.add(person);
			}
		}
		String part = String.join(" ", typed);
		if (others.isEmpty() && endsName(tokens(expected), typed)) {
			return Grade.correct("“" + part + "” can only be " + expected);
		}
		if (others.isEmpty()) {
			return Grade.almost("“" + part + "” is only part of " + expected + "; give the full name");
		}
		List<String> candidates = new ArrayList<>();
		candidates.add(expected);
		candidates.addAll(others);
		return Grade.almost("“" + part + "” could be " + String.join(" or ", candidates) + "; give the full name");
	}

	private Optional<Grade> misspelled(String expected, List<String> typed, List<String> name) {
		String joined = String.join("", typed);
		if (EditDistance.isCloseMisspelling(joined, String.join("", name))) {
			return Optional.of(Grade.almost("close to the spelling of " + expected));
		}
		if (typed.size() == 1) {
			for (String part : name) {
				if (EditDistance.isCloseMisspelling(joined, part) && partOfName(expected, List.of(part)).isCorrect()) {
					return Optional.of(Grade.almost("close to the spelling of " + expected));
				}
			}
		}
		return Optional.empty();
	}

	/** Whether the typed words are the last words of the name, in order. */
	private static boolean endsName(List<String> name, List<String> typed) {
		return typed.size() <= name.size() && name.subList(name.size() - typed.size(), name.size()).equals(typed);
	}

	private static List<String> withoutTitles(String text) {
		return tokens(text).stream().filter(token -> !TITLES.contains(token)).collect(Collectors.toList());
	}

	private static List<String> tokens(String text) {
		String words = TextNormalizer.words(text);
		return words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
	}

}
