package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word in -ly telling how something was said ("jokingly remarked", "dryly noted")
 * stands between a speaker and the speech verb as "also" does, and is no part of who
 * spoke; nouns in -ly ("the Roe family", "a Roe ally") are not read as such words.
 */
class MannerAdverbsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"However, the Gazette's editor Will Denton jokingly remarked their paper \"shares its stories freely with anyone who asks nicely.\"|Will Denton",
			"The mayor's aide Tom Vale dryly remarked the council \"has never read a budget it did not like.\"|Tom Vale",
			"Jane Roe angrily told reporters, \"This count was rigged from the very first ballot to the last.\"|Jane Roe",
			"Jane Roe, the party leader, later bitterly complained that the count \"was rigged from the very first ballot.\"|Jane Roe",
			"Acme chief Mark Doe quietly conceded that the plan \"had not worked out the way any of us hoped.\"|Mark Doe" })
	void an_adverb_of_manner_leaves_the_speaker_as_named(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of("The vote was held on Friday. " + sentence))).singleElement()
			.satisfies(quote -> assertThat(quote).startsWith(speaker + " :: "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"The Roe family said in a statement, \"We are proud of what she did for this town and its people.\"",
			"A Roe ally said the count \"was rigged from the very first ballot to the last.\"" })
	void a_noun_in_ly_is_no_adverb(String sentence) {
		assertThat(SeedDocuments.quotes(DocumentText.of("The vote was held on Friday. " + sentence))).singleElement()
			.satisfies(quote -> assertThat(quote).doesNotStartWith("Roe :: "));
	}

}
