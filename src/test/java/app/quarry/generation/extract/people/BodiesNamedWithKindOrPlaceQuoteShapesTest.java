package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body that speaks is named as the subject of a speech verb also when the kind of body
 * opens its clause before the name ("Park operator Acme Holdings said") and when the
 * country it serves follows its name ("National Grid Safety Centre of the UK said"). A
 * one-word head before "of the" stays part of the name, and a name in a prepositional
 * phrase says nothing.
 */
class BodiesNamedWithKindOrPlaceQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_body_named_after_its_kind_said_the_words() {
		assertThat(quotes("Park operator Acme Holdings described Tom Birch as a \"veteran diver and keeper who had "
				+ "cared for the fish at the park since its opening\"."))
			.containsExactly(
					"Acme Holdings :: veteran diver and keeper who had cared for the fish at the park since its opening");
	}

	@Test
	void a_body_named_after_its_kind_and_a_qualifier_opening_a_clause_said_the_words() {
		assertThat(quotes("Later, state broadcaster Halden One said the vote \"had been the most bitter in the "
				+ "history of the town\"."))
			.containsExactly("Halden One :: had been the most bitter in the history of the town");
	}

	@Test
	void a_body_named_before_the_country_it_serves_said_the_words() {
		assertThat(quotes("Looking into the fault, National Grid Safety Centre of the UK warned \"a thief must stand "
				+ "within a few metres of the meter to read it\"."))
			.containsExactly(
					"National Grid Safety Centre :: a thief must stand within a few metres of the meter to read it");
	}

	@Test
	void a_body_named_before_a_country_of_two_words_said_the_words() {
		assertThat(quotes(
				"On Monday, Harbour Rescue Service of the United Kingdom said \"the ship had sunk within minutes "
						+ "of the blast\"."))
			.containsExactly("Harbour Rescue Service :: the ship had sunk within minutes of the blast");
	}

	@Test
	void a_one_word_head_before_of_the_keeps_the_whole_name() {
		assertThat(quotes("The Ministry of the Interior said \"the plant had been run with too little care for "
				+ "many years\"."))
			.containsExactly(
					"the Ministry of the Interior :: the plant had been run with too little care for many " + "years");
	}

	@Test
	void a_name_after_a_preposition_is_no_speaker() {
		assertThat(quotes(
				"Staff at Acme Holdings said \"the plant had been run with too little care for many " + "years\"."))
			.containsExactly("null :: the plant had been run with too little care for many years");
	}

}
