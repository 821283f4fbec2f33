package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The WHO notes that …": an abbreviation in capitals names a body even where its letters
 * spell a function word. "the ex-policeman responded" after "former policeman Jon Vale":
 * the prefix "ex-" says what "former" says, so the description stands for the one named
 * in that role.
 */
class AcronymsAndFormerHoldersTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void an_abbreviation_spelling_a_function_word_is_the_body_speaking() {
		assertThat(quotes("The World Hunger Office (WHO) asked for more grain on Monday. The WHO notes that just "
				+ "one farm in ten \"is protected by any kind of crop insurance\"."))
			.containsExactly("World Hunger Office :: is protected by any kind of crop insurance");
	}

	@Test
	void the_same_word_in_lower_case_stays_a_relative_pronoun() {
		assertThat(quotes("Farmers who grow wheat said the rain \"came far too late for the harvest\"."))
			.doesNotContain("who :: came far too late for the harvest");
	}

	@Test
	void an_ex_holder_is_the_one_named_as_a_former_holder() {
		assertThat(quotes("Grocer Tim Holt is accused of paying former policeman Jon Vale to scare his rival. "
				+ "When the rival begged him to stop, the ex-policeman replied \"I only do what I am paid for.\""))
			.containsExactly("Jon Vale :: I only do what I am paid for.");
	}

	@Test
	void an_ex_holder_is_not_the_one_in_office() {
		assertThat(quotes("Police chief Ann Marsh opened the inquiry on Friday. Later the ex-chief said "
				+ "\"I was never told of the case.\""))
			.doesNotContain("Ann Marsh :: I was never told of the case.");
	}

}
