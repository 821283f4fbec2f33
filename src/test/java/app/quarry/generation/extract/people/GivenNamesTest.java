package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Given names from public records: a sentence that opens with a name the hand-kept lists
 * lack is still read as opening with a name, and a name borne almost only by women or by
 * men tells the pronoun that refers to its bearer. Ordinary words are never names.
 */
class GivenNamesTest {

	@Test
	void a_sentence_opening_with_an_unlisted_given_name_names_that_person() {
		assertThat(FoundRoles.roles("""
				Tariq Blenworth, editor of the Zenith Courier, resigned on Monday.
				Aoife Quarrie, head of Acme, disagreed.
				Birgit Haldorsen, chairwoman of Foo, went home.
				""")).contains("Tariq Blenworth | editor of the Zenith Courier", "Aoife Quarrie | head of Acme",
				"Birgit Haldorsen | chairwoman of Foo");
	}

	@Test
	void ordinary_words_titles_peoples_faiths_and_countries_are_never_given_names() {
		assertThat(GivenNames.known("will")).isFalse();
		assertThat(GivenNames.known("hope")).isFalse();
		assertThat(GivenNames.known("general")).isFalse();
		assertThat(GivenNames.known("said")).isFalse();
		assertThat(GivenNames.known("german")).isFalse();
		assertThat(GivenNames.known("christian")).isFalse();
		assertThat(GivenNames.known("india")).isFalse();
		assertThat(GivenNames.known("oona")).isTrue();
	}

}
