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
				&& !NameLexicon.isRoleNoun(lower) && !NameLexicon.PORTFOLIOS.contains(lower)
				// "German", "Christian", "India": a people, a faith or a country opens
				// names of parties and firms far more often than a person's
				&& !Demonyms.word(lower) && !NameLexicon.DESCRIBING_NOUNS.contains(lower)
				&& !CountryNames.isCountry(lower);
	}

	/**
	 * The sex the list records for a known given name, UNKNOWN when it records none. Only
	 * ever a reason to rule a pronoun's referent out ("Lucia" is no "he"), never to type
	 * a name as a person's: a name taken for a woman's or a man's would type companies
	 * named after their founders ("Garvin Foods") as people.
	 */
	static Gender recordedSex(String lower) {
		return known(lower) ? NAMES.get(lower) : Gender.UNKNOWN;
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
				String sex = space > 0 ? line.substring(space + 1).trim() : "-";
				names.put(space > 0 ? line.substring(0, space) : line,
						sex.equals("f") ? Gender.FEMALE : sex.equals("m") ? Gender.MALE : Gender.UNKNOWN);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(names);
	}

}
