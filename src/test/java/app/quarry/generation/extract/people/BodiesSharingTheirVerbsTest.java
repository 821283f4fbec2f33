package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Acme closed a plant, and warned that …": a speech verb joined by "and" to the verb the
 * sentence opened with has no subject of its own; a body opening the sentence said the
 * words. A verb after "and" that has its own subject keeps it.
 */
class BodiesSharingTheirVerbsTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_named_body_opening_the_sentence_says_the_words_of_its_second_verb() {
		assertThat(quotes("Brightwater Mining has also shut its northern pit, and warned its staff that further "
				+ "losses would \"put every remaining job at risk\"."))
			.containsExactly("Brightwater Mining :: put every remaining job at risk");
		assertThat(quotes("The Harbour Pilots Guild held a meeting on Sunday and later said the new rules would "
				+ "\"leave the channel without a single night pilot\"."))
			.containsExactly("Harbour Pilots Guild :: leave the channel without a single night pilot");
	}

	@Test
	void a_body_told_by_its_noun_opening_the_sentence_says_them_too() {
		assertThat(quotes("The regional council cancelled the ferry contract, and warned that the island would "
				+ "\"have no crossing at all this winter\"."))
			.containsExactly("the regional council :: have no crossing at all this winter");
	}

	@Test
	void a_verb_after_and_with_a_subject_of_its_own_is_not_shared() {
		assertThat(quotes("Brightwater Mining shut its northern pit, and the miners warned that the closure would "
				+ "\"empty the valley within a generation\"."))
			.noneMatch(q -> q.startsWith("Brightwater Mining ::"));
	}

	@Test
	void a_noun_opening_the_sentence_that_is_no_body_shares_nothing() {
		assertThat(quotes("The storm flooded the coast road, and warned everyone that the sea walls would \"never "
				+ "hold another winter like this\"."))
			.noneMatch(q -> q.startsWith("the storm ::"));
	}

}
