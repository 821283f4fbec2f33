package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two words that an active verb of calling or describing gives to its object ("called the
 * plan a “…”", "described the raid as “…”") are the subject's own judgement, whoever the
 * subject is; a name given with nothing between the verb and the words, or by a passive,
 * is nobody's.
 */
class DescriptionsGivenByTheSubjectTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Jane Roe called the plan a \"shameful waste\" of money.|Jane Roe",
			"The mayor called the plan a \"shameful waste\" of money.|the mayor",
			"A spokesman for the Westria Navy described the second raid as \"pure luck.\"|a spokesman for the Westria Navy",
			"Mark Doe described his rivals and their allies as \"greedy traitors\" in a speech.|Mark Doe",
			"The Westria Aviation Authority has already called the scheme a \"reckless gamble\" for the airline.|the Westria Aviation Authority",
			"Jane Roe praised the plan. She called it \"truly brave\".|Jane Roe",
			// "has since" stands between the subject and the verb as "has already" does
			"The Westria Water Board has since called the dam a \"ticking bomb\" for the valley.|Westria Water Board" })
	void the_subject_gave_the_description(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of("Acme shares fell on Monday. " + sentence))).singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "The plan was described as a \"shameful waste\" by many.",
					"In what many now call the \"worst flood\" in decades, Jane Roe lost her farm.",
					"The new chip, called a \"game changer\" by some, went on sale.",
					"The firm sells what it calls \"smart glass\" to builders." })
	void a_name_given_is_nobodys_words(String sentence) {
		assertThat(SeedDocuments.quotes(DocumentText.of("Acme shares fell on Monday. " + sentence))).isEmpty();
	}

}
