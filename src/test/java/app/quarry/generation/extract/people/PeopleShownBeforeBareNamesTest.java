package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * Of two subjects in the sentence before, "he" or "she" is the one the text showed to be
 * a person, by a role or an apposition, rather than a bare two-word name the sentence
 * lists beside places.
 */
class PeopleShownBeforeBareNamesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void he_is_the_governor_not_a_village_listed_after_him() {
		assertThat(quotes("Quake hits valley\n\nA strong quake struck the valley on Monday.\nTomas Brenner, the "
				+ "governor of Westria, stated Upton, Lower Marsh and Kew accounted for most of the dead. He told "
				+ "the Gazette that \"the old stone houses have fallen, but the new ones stand with only small "
				+ "cracks\".\n"))
			.containsExactly("Tomas Brenner :: the old stone houses have fallen, but the new ones stand with only "
					+ "small cracks");
	}

}
