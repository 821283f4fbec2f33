package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers of news copy that are easy to get half right: a firm whose name holds "&", two
 * people speaking together, one person holding two posts, the outlet's own correspondent,
 * a report whose issuer the text named before, and a quotation whose speaker closes the
 * paragraph above it.
 */
class SharedAndOutletSpeakerQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_lawyer_for_a_firm_named_with_an_ampersand_speaks_for_the_whole_firm() {
		assertThat(quotes("\"We will contest every claim in court,\" a lawyer for Brant & Cole said."))
			.containsExactly("a lawyer for Brant & Cole :: We will contest every claim in court");
	}

	@Test
	void no_part_of_a_firm_named_with_an_ampersand_is_ever_the_speaker() {
		assertThat(quotes("A lawyer for Brant & Cole said: \"We will contest every claim in court.\""))
			.noneMatch(quote -> quote.startsWith("Cole ") || quote.startsWith("Brant "));
	}

	@Test
	void words_two_named_people_say_together_go_to_neither() {
		assertThat(quotes(
				"\"We are delighted with the progress we have made in the north,\" said Jane Roe and " + "John Doe."))
			.containsExactly("null :: We are delighted with the progress we have made in the north");
	}

	@Test
	void words_two_people_said_together_after_the_quote_go_to_neither() {
		assertThat(quotes(
				"\"We are delighted with the progress we have made in the north,\" Mr Roe and Mr Doe " + "said."))
			.containsExactly("null :: We are delighted with the progress we have made in the north");
		assertThat(quotes("\"We are delighted with the progress we have made in the north,\" said Jane Roe, the "
				+ "chairman, and John Doe."))
			.containsExactly("null :: We are delighted with the progress we have made in the north");
	}

	@Test
	void the_second_of_two_subjects_after_a_clause_set_off_is_not_the_speaker_alone() {
		assertThat(quotes("Jane Roe, who chairs the club, and John Doe said: \"We are delighted with the progress "
				+ "we have made in the north.\""))
			.containsExactly("null :: We are delighted with the progress we have made in the north.");
	}

	@Test
	void a_speaker_who_goes_on_to_another_verb_keeps_the_words() {
		assertThat(quotes("\"We are delighted with the progress we have made in the north,\" said Jane Roe and "
				+ "added that more was to come."))
			.containsExactly("Jane Roe :: We are delighted with the progress we have made in the north");
	}

	@Test
	void one_determiner_before_two_posts_is_one_person_holding_both() {
		assertThat(quotes("John Smith, chairman and chief executive of Acme, said sales rose. \"We are delighted "
				+ "with the progress we have made in the north,\" the Acme chairman and chief executive said."))
			.containsExactly("John Smith :: We are delighted with the progress we have made in the north");
	}

	@Test
	void our_correspondent_is_the_reporter_the_text_names() {
		assertThat(quotes("Laura King, our correspondent in Rome, watched the crowds. \"The crowds have been "
				+ "gathering since dawn,\" our correspondent said."))
			.containsExactly("Laura King :: The crowds have been gathering since dawn");
	}

	@Test
	void our_correspondent_with_no_reporter_named_is_kept_as_the_copy_calls_them() {
		assertThat(quotes("\"The crowds have been gathering since dawn,\" says our Rome correspondent."))
			.containsExactly("our Rome correspondent :: The crowds have been gathering since dawn");
	}

	@Test
	void our_correspondent_is_left_open_when_a_name_owned_by_an_outlet_may_be_them() {
		assertThat(quotes("The ABC's Laura King is in the square. \"The crowds have been gathering since dawn,\" "
				+ "our correspondent said."))
			.containsExactly("null :: The crowds have been gathering since dawn");
	}

	@Test
	void our_correspondent_is_left_open_under_a_byline_that_may_be_theirs() {
		assertThat(quotes("Crowds gather in the square\nBy Laura King\n\"The crowds have been gathering since "
				+ "dawn,\" our correspondent said."))
			.containsExactly("null :: The crowds have been gathering since dawn");
	}

	@Test
	void a_report_set_off_by_when_it_came_out_speaks_for_who_published_it() {
		assertThat(quotes("The Audit Commission published a report on hospital waiting lists. The report, "
				+ "published on Monday, said: \"Too many patients are still waiting more than a year.\""))
			.containsExactly("the Audit Commission :: Too many patients are still waiting more than a year.");
	}

	@Test
	void a_quotation_below_a_paragraph_ending_in_attributed_to_a_name_is_that_persons() {
		assertThat(quotes("Posters around the city carried a quote attributed to the poet Peter Vance.\n"
				+ "\"A town that forgets its past has no future worth having.\""))
			.containsExactly("Peter Vance :: A town that forgets its past has no future worth having.");
	}

	@Test
	void something_attributed_to_a_name_that_is_no_saying_hands_nothing_over() {
		assertThat(quotes("The fire was attributed to Peter Vance.\n\"We saw smoke from the road and called the "
				+ "brigade at once.\""))
			.containsExactly("null :: We saw smoke from the road and called the brigade at once.");
	}

	@Test
	void attributed_to_a_name_that_does_not_close_the_paragraph_hands_nothing_over() {
		assertThat(quotes("Posters carried a quote attributed to Peter Vance, who died last year.\n"
				+ "\"A town that forgets its past has no future worth having.\""))
			.containsExactly("null :: A town that forgets its past has no future worth having.");
	}

}
