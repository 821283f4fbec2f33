package app.quarry.generation.extract.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names from public records ("Oona", "Tariq", "Siobhan"), far more than the
 * hand-kept lists of NameLexicon hold. The list leaves out every name that is also an
 * ordinary English word ("Will", "Hope", "Grant"), so a word found here is a name
 * wherever it is capitalized; and words the extraction rules already read as titles,
 * roles or parts of other names never count as given names here.
 */
final class GivenNames {

	private static final String LIST = "given-names.txt";

	private static final Map<String, Gender> NAMES = load();

	private GivenNames() {
	}

	/** Whether the word, in any case, is a given name on the list. */
	static boolean known(String lower) {
		return NAMES.containsKey(lower) && !NameLexicon.FUNCTION_WORDS.contains(lower)
				&& !NameLexicon.NOT_NAMES.contains(lower) && !NameLexicon.TITLES.contains(lower)
				&& !NameLexicon.isRoleNoun(lower) && !NameLexicon.PORTFOLIOS.contains(lower);
	}

	/**
	 * The sex that nearly all bearers of the name had, or UNKNOWN where it is shared or
	 * the name is not on the list.
	 */
	static Gender gender(String lower) {
		// "India", "Georgia": a country's name heads its magazines and teams far more
		// often than it opens a woman's name
		return known(lower) && !CountryNames.isCountry(lower) ? NAMES.get(lower) : Gender.UNKNOWN;
	}

	private static Map<String, Gender> load() {
		Map<String, Gender> names = new HashMap<>(80_000);
		try (InputStream in = GivenNames.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + LIST);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int space = line.indexOf(' ');
				if (space > 0) {
					names.put(line.substring(0, space), switch (line.substring(space + 1)) {
						case "f" -> Gender.FEMALE;
						case "m" -> Gender.MALE;
						default -> Gender.UNKNOWN;
					});
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(names);
	}

}
