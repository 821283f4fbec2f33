package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations whose speaker stands where the quote's own sentence does not show it: in a
 * next paragraph that opens in lower case with "said", or as an organisation told only by
 * its initials.
 */
class SplitParagraphAndInitialsQuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_lower_case_said_opening_the_next_paragraph_names_the_speaker_of_a_quotation_paragraph() {
		assertThat(quotes("The cabinet approved the rescue of the dairy farms on Tuesday.\n"
				+ "\"This is a painful but needed step to protect the farms. We cannot afford a sudden collapse.\"\n"
				+ "said Mary Conlan, Minister of Agriculture of Ireland.\n" + "The package is worth a great deal."))
			.containsExactly(
					"Mary Conlan :: This is a painful but needed step to protect the farms. We cannot afford a sudden collapse.");
	}

	@Test
	void a_capitalised_said_or_a_quote_sharing_its_paragraph_is_not_handed_to_the_next_paragraph() {
		assertThat(quotes("The cabinet met.\n\"This is a painful but needed step to protect the farms of the west.\"\n"
				+ "Said Conlan was not at the meeting on Tuesday."))
			.containsExactly("null :: This is a painful but needed step to protect the farms of the west.");
		assertThat(quotes("The cabinet met. \"This is a painful but needed step to protect the farms of the west.\"\n"
				+ "said Mary Conlan, Minister of Agriculture."))
			.containsExactly("null :: This is a painful but needed step to protect the farms of the west.");
	}

	@Test
	void an_organisation_told_by_its_initials_after_the_quote_is_the_speaker() {
		assertThat(quotes("\"The bonds offered were far fewer than the plan needed to meet its target,\" WM said in "
				+ "a statement."))
			.containsExactly("WM :: The bonds offered were far fewer than the plan needed to meet its target");
		assertThat(quotes("\"The farmers of the west face a hard winter this year,\" the NFU said."))
			.containsExactly("NFU :: The farmers of the west face a hard winter this year");
	}

	@Test
	void initials_opening_the_next_sentence_did_not_say_the_quote() {
		assertThat(quotes("Jane Roe said the new law shows the resolve of the state \"to stop the smuggling of arms.\" "
				+ "The NFU continues to oppose the law, she said."))
			.containsExactly("Jane Roe :: to stop the smuggling of arms.");
	}

	@Test
	void an_organisation_told_by_its_initials_issuing_a_statement_is_its_speaker() {
		assertThat(quotes("The NFU issued statement saying \"The farmers of the west face a hard winter because of "
				+ "the failure of the ministry.\""))
			.containsExactly(
					"NFU :: The farmers of the west face a hard winter because of the failure of the ministry.");
	}

	@Test
	void a_named_body_issuing_a_statement_saying_is_its_speaker_with_no_comma_before_saying() {
		assertThat(quotes("Vell Airlines issued a statement saying \"The usual route was declared safe by the "
				+ "aviation body.\""))
			.containsExactly("Vell Airlines :: The usual route was declared safe by the aviation body.");
	}

	@Test
	void a_statement_in_the_last_of_coordinated_clauses_is_not_the_first_subject_s() {
		assertThat(quotes("Portugal has denied any part in the sinking, and the country's military released a "
				+ "statement warning that \"we will open fire on any loudspeakers at the border.\""))
			.noneMatch(quote -> quote.startsWith("Portugal ::"));
	}

	@Test
	void the_subject_of_a_subordinate_clause_opening_the_sentence_does_not_speak_for_the_main_one() {
		assertThat(
				quotes("After Jane Roe resigned, the board attacked Acme, saying \"it was a disgrace to the town.\""))
			.noneMatch(quote -> quote.startsWith("Jane Roe ::"));
	}

	@Test
	void a_noun_phrase_after_and_with_no_verb_is_a_list_item_not_a_new_speaker() {
		assertThat(quotes("Jane Lind thanked Tom Moss, and the crowd, saying \"you are wonderful to us all.\""))
			.containsExactly("Jane Lind :: you are wonderful to us all.");
	}

	@Test
	void a_text_the_subject_denied_or_received_is_not_its_own_statement() {
		assertThat(quotes("Vell Airlines denied a report saying \"the route was never declared safe by anyone.\""))
			.noneMatch(quote -> quote.startsWith("Vell Airlines ::"));
	}

}
