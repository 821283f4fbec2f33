package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations whose speaker is the subject of a main clause that an adverbial opens
 * ("While the plants are for sale, Roe said …" then "“…”"), the reason a subject "cites",
 * words a dash hands over after a clause about their speaker, and a long title whose name
 * (one the lexicon cannot read) is not swapped for the role it opens with. In sentences
 * written for the test.
 */
class FrontedClauseAndCitedQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_quotation_after_a_reporting_sentence_opened_by_an_adverbial_clause_is_the_reporters() {
		assertThat(quotes("The firm sold two mills last year. While two depots are still for sale, Mr. Tom Hale said "
				+ "later closures would be a matter of timing. \"We have no need of the money.\""))
			.containsExactly("Tom Hale :: We have no need of the money.");
	}

	@Test
	void the_dash_closing_an_aside_in_the_adverbial_ends_it_too() {
		assertThat(quotes("The firm sold two mills last year. While two depots are still for sale -- including its "
				+ "freight unit -- Mr. Tom Hale said later closures would be a matter of timing. \"We have no need of the "
				+ "money.\""))
			.containsExactly("Tom Hale :: We have no need of the money.");
	}

	@Test
	void a_paragraph_of_quoted_words_after_a_denial_opened_by_a_participle_is_the_deniers() {
		assertThat(quotes("Rail firm may split\n\nFollowing some talk that the two firms would split, chairman Karl "
				+ "Weber denied the reports.\n\"We are ruling nothing out as we look for the right answer for "
				+ "both lines.\""))
			.containsExactly(
					"Karl Weber :: We are ruling nothing out as we look for the right answer for both " + "lines.");
	}

	@Test
	void a_name_inside_the_opening_adverbial_is_not_the_reporter() {
		assertThat(quotes("The firm sold two mills last year.\nWhile Tom Hale was away, the board denied the reports."
				+ "\n\"We are ruling nothing out as we look for the right answer for both lines.\""))
			.containsExactly("null :: We are ruling nothing out as we look for the right answer for both lines.");
	}

	@Test
	void an_adverbial_naming_someone_who_spoke_lends_no_speaker() {
		assertThat(quotes("The firm sold two mills last year. After Ann Lee spoke to the board, Tom Hale said later "
				+ "closures would be a matter of timing. \"We have no need of the money.\""))
			.containsExactly("null :: We have no need of the money.");
	}

	@Test
	void the_reason_a_subject_cites_is_its_own_words() {
		assertThat(
				quotes("Redfern Corp. cited \"a broad slowdown in the orders for garden tools in its " + "regions.\""))
			.containsExactly("Redfern Corp :: a broad slowdown in the orders for garden tools in its regions.");
	}

	@Test
	void the_reason_cited_by_a_participle_that_opens_the_sentence_is_the_main_subjects() {
		assertThat(quotes("The plane was due to fly to Asia this week. Citing \"a precautionary measure\", Norbury "
				+ "Aircraft announced that two engines on the plane would be replaced."))
			.containsExactly("Norbury Aircraft :: a precautionary measure");
	}

	@Test
	void a_line_or_a_text_cited_by_name_is_not_the_citers_words() {
		assertThat(quotes("Ann Lee cited the famous line \"to be or not to be, that is the question\" in her speech."))
			.noneMatch((quote) -> quote.startsWith("Ann Lee ::"));
	}

	@Test
	void words_a_dash_hands_over_after_a_clause_about_their_speaker_are_the_subjects() {
		assertThat(quotes("The label sued the software maker over its logo. Judge Peter Lane agreed with the defence "
				+ "that, while the shop bears the mark, the songs it offers do not - \"I find that the emblem implies "
				+ "no tie to the artistic work.\""))
			.containsExactly("Peter Lane :: I find that the emblem implies no tie to the artistic work.");
	}

	@Test
	void a_paragraph_of_quoted_words_after_one_telling_that_someone_spoke_is_the_speakers() {
		assertThat(quotes("Firm cuts jobs\n\nThe firm lost money again this year.\nTom Hale spoke to reporters after "
				+ "the meeting.\n\"We have no choice but to cut costs in every part of the business.\""))
			.containsExactly("Tom Hale :: We have no choice but to cut costs in every part of the business.");
	}

	@Test
	void a_long_title_that_ends_in_a_name_gives_no_described_speaker() {
		assertThat(quotes("The firm lost money again. \"Demand is beginning to give faint hints of recovery,\" said "
				+ "the vice president and treasurer of Norbury Motors Tom Hall."))
			.noneMatch((quote) -> quote.startsWith("the vice president"));
	}

}
