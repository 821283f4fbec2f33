package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two quoted words inside what a body or a described speaker is reported to have said:
 * theirs when the reported clause speaks of the speaker itself, a phrase when it speaks
 * of another party who may be the one quoted.
 */
class SpeakersOwnClauseQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void two_words_a_described_speaker_says_of_himself_are_his() {
		assertThat(quotes("A Marlow Foods spokesman said he was \"quite relaxed\" about a bid for the bakery."))
			.containsExactly("a Marlow Foods spokesman :: quite relaxed");
	}

	@Test
	void two_words_a_described_speaker_says_of_herself_are_hers_after_a_time_and_that() {
		assertThat(quotes("A Marlow Foods spokeswoman said last week that she was \"highly confident\" the sale "
				+ "would close."))
			.containsExactly("a Marlow Foods spokeswoman :: highly confident");
	}

	@Test
	void two_words_said_of_another_party_named_by_an_article_stay_a_phrase() {
		assertThat(quotes("Marlow officials said the regulators were \"too slow\" to act.")).isEmpty();
	}

	@Test
	void two_words_said_of_a_named_party_stay_a_phrase() {
		assertThat(quotes("A Marlow Foods spokesman said Kestrel Mills had \"no chance\" of winning.")).isEmpty();
	}

	@Test
	void an_organisation_opening_the_sentence_reports_all_of_its_long_clause() {
		assertThat(quotes(
				"Kestrel Mills Corp. said management would propose to its directors next week that the payout be "
						+ "resumed at a \"lower level\" later this year."))
			.containsExactly("Kestrel Mills Corp :: lower level");
	}

	@Test
	void a_bare_capitalised_word_opening_the_sentence_does_not_report_a_long_clause() {
		assertThat(quotes("Analysts said management would recommend to the board today that the dividend be restored "
				+ "at a \"reduced rate\" later this year."))
			.isEmpty();
	}

}
