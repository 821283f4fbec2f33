package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attribution shapes of news, broadcast and wire copy, each in a sentence written for the
 * test: inverted and plain verbs besides "said", a quotation that follows reported
 * speech, and a surname two people share.
 */
class NewsAttributionShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_speech_verb_other_than_said_before_or_after_the_name_gives_the_speaker() {
		assertThat(quotes("Tom Roe chairs the harbour board.\n\n\"Where is the bid we were promised last week?\" "
				+ "asked Roe.\n\n\"How can anyone trust the buyers after this?\" wondered Roe.\n\n\"Nobody has seen "
				+ "a page of the contract,\" Roe insisted.\n\n\"The buyers have withdrawn twice before,\" noted Roe."
				+ "\n\n\"The port belongs to the people of this city,\" declared Roe."))
			.containsExactly("Tom Roe :: Where is the bid we were promised last week?",
					"Tom Roe :: How can anyone trust the buyers after this?",
					"Tom Roe :: Nobody has seen a page of the contract",
					"Tom Roe :: The buyers have withdrawn twice before",
					"Tom Roe :: The port belongs to the people of this city");
	}

	@Test
	void a_question_closing_its_sentence_is_the_words_of_the_name_that_opens_the_next() {
		assertThat(quotes("Sara Bell leads the union.\n\n\"Why now, after all these months of silence?\" Bell asked."
				+ "\n\n\"Enough of this waiting!\" Bell said."))
			.containsExactly("Sara Bell :: Why now, after all these months of silence?",
					"Sara Bell :: Enough of this waiting!");
	}

	@Test
	void an_age_set_off_by_commas_stands_between_the_speaker_and_the_verb() {
		assertThat(quotes("Sara Bell leads the union.\n\n\"Our members cannot live on these wages,\" Bell, 54, said "
				+ "on Tuesday."))
			.containsExactly("Sara Bell :: Our members cannot live on these wages");
	}

	@Test
	void in_the_words_of_a_named_person_gives_the_words_to_that_person() {
		assertThat(quotes("Olaf Brandt runs the terminal.\n\nIn the words of Brandt, \"the company has been more than "
				+ "patient with the union.\""))
			.containsExactly("Olaf Brandt :: the company has been more than patient with the union.");
	}

	@Test
	void a_paragraph_of_only_a_quotation_after_one_persons_reported_speech_is_that_persons() {
		assertThat(quotes("The harbour talks ended on Friday.\n\nMark Dunn said the talks with the buyers had failed."
				+ "\n\n\"We are very disappointed with the way this has ended.\""))
			.containsExactly("Mark Dunn :: We are very disappointed with the way this has ended.");
	}

	@Test
	void reported_speech_that_names_a_second_person_lends_no_speaker() {
		assertThat(quotes("Mark Dunn said the talks with Anna Kell had failed.\n\n\"We are very disappointed with "
				+ "the way this has ended.\""))
			.containsExactly("null :: We are very disappointed with the way this has ended.");
	}

	@Test
	void a_paragraph_about_what_someone_did_lends_no_speaker_to_the_quotation_after_it() {
		assertThat(quotes("Mark Dunn visited the docks on Friday.\n\n\"We are very disappointed with the way this "
				+ "has ended.\""))
			.containsExactly("null :: We are very disappointed with the way this has ended.");
	}

	@Test
	void a_shared_surname_right_after_both_people_were_named_together_gives_no_speaker() {
		assertThat(quotes("Raul Castro met his cousin Juan Castro at the congress on Monday.\n\n\"The election was "
				+ "stolen from the people of this island,\" Castro declared."))
			.containsExactly("null :: The election was stolen from the people of this island");
	}

	@Test
	void a_shared_surname_after_one_of_the_two_was_named_last_is_that_ones() {
		assertThat(quotes("Raul Castro met his cousin Juan Castro at the congress on Monday.\n\nThe opposition "
				+ "leader Juan Castro walked out of the hall.\n\n\"We will never accept this result,\" Castro "
				+ "declared."))
			.containsExactly("Juan Castro :: We will never accept this result");
	}

	@Test
	void wire_copy_attributions_with_trailing_phrases_statements_and_single_quotes_give_the_speaker() {
		assertThat(quotes("\"This is an inquiry proceeding on many fronts,\" said Peter Vance at a press conference "
				+ "at the airport before returning home.\n\nVance told reporters here that \"the inquiry will take "
				+ "six more months.\"\n\nAnna Kell runs the port. According to Kell, \"the valuation was done by "
				+ "three firms.\"\n\nVance was quoted as saying \"the board will meet again next month.\"\n\nKell "
				+ "said in a statement: \"The port regrets that no agreement was reached.\"\n\n'We have done "
				+ "everything we could,' Kell said."))
			.containsExactly("Peter Vance :: This is an inquiry proceeding on many fronts",
					"Peter Vance :: the inquiry will take six more months.",
					"Anna Kell :: the valuation was done by three firms.",
					"Peter Vance :: the board will meet again next month.",
					"Anna Kell :: The port regrets that no agreement was reached.",
					"Anna Kell :: We have done everything we could");
	}

	@Test
	void a_verb_and_its_particle_hand_over_quoted_words_when_they_close_the_attribution() {
		assertThat(quotes("Maria Okafor and Li Wen met on Monday.\n\n\"The water is still rising in the north,\" "
				+ "Okafor went on.\n\n\"Nobody expected the rains to last this long,\" Li shot back."))
			.containsExactly("Maria Okafor :: The water is still rising in the north",
					"Li Wen :: Nobody expected the rains to last this long");
	}

	@Test
	void a_verb_and_a_particle_that_go_on_to_more_words_are_no_attribution() {
		assertThat(quotes("Maria Okafor met the press on Monday.\n\n\"The water is still rising in the north,\" "
				+ "Okafor went on to the next village."))
			.doesNotContain("Maria Okafor :: The water is still rising in the north");
	}

	@Test
	void quoted_by_an_agency_as_saying_reports_the_words_of_the_subject() {
		assertThat(quotes("David Mwangi signed the accord.\n\n\"Trade between our countries will double within "
				+ "five years,\" Mwangi was quoted by the news agency as saying."))
			.containsExactly("David Mwangi :: Trade between our countries will double within five years");
	}

	@Test
	void a_name_set_off_after_a_describing_phrase_is_the_subject_of_the_verb_after_it() {
		assertThat(quotes("\"Both sides have made important concessions,\" a spokesman for the ministry, Paul Otieno, "
				+ "told reporters.\n\n\"The farmers will gain the most,\" the head of the farmers' union, Grace "
				+ "Njeri, said on Friday."))
			.containsExactly("Paul Otieno :: Both sides have made important concessions",
					"Grace Njeri :: The farmers will gain the most");
	}

	@Test
	void a_name_set_off_after_a_describing_phrase_without_a_speech_verb_is_no_speaker() {
		assertThat(quotes("\"Both sides have made important concessions to reach this,\" a friend of the minister, "
				+ "Paul Otieno, was not sure."))
			.doesNotContain("Paul Otieno :: Both sides have made important concessions to reach this");
	}

}
