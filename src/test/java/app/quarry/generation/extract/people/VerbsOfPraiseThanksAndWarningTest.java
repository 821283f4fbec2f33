package app.quarry.generation.extract.people;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words quoted after "commended", "thanked", "threatened" or "advised" are the subject's,
 * as they are after "praised" or "warned": the subject chose them. "Thanks to" is no verb
 * of saying.
 */
class VerbsOfPraiseThanksAndWarningTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Jane Roe then commended the council of Westria for their \"work on housing\" and \"steady hand in a hard year\".|Jane Roe",
			"Then-Acme chief Mark Doe threatened the Westria chairman with \"serious trouble\" for backing the rival chip.|Mark Doe",
			"Mark Doe, the head of Acme, thanked Westbank for the loan, and also thanked the \"many friends who stood by us in the bad years\".|Mark Doe",
			"Mark Doe thanked the Westria council, who \"kept the lights on when nobody else would\".|Mark Doe",
			"The Westria Tsunami Centre advised ships to \"stay well clear of the coast\", saying it had no reports yet.|the Westria Tsunami Centre" })
	void the_subject_of_praise_thanks_or_warning_said_the_words(String sentence, String speaker) {
		assertThat(SeedDocuments.quotes(DocumentText.of("Acme shares fell on Monday. " + sentence)))
			.allSatisfy(quote -> assertThat(quote).startsWith(speaker + " :: "))
			.isNotEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Mark Doe said sales rose. Thanks to the \"rain tax\" on umbrellas, the council is richer than ever.",
			"Mark Doe said sales rose. The storm threatened the \"old bridge\" at the mouth of the river." })
	void thanks_to_and_a_thing_threatening_give_no_speaker(String sentence) {
		assertThat(SeedDocuments.quotes(DocumentText.of("Acme shares fell on Monday. " + sentence))).isEmpty();
	}

}
