package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One sentence shape per test, each written for the test: quoted words whose speaker is
 * no named person but an organisation, a document, a body the text describes, or someone
 * whose words another person relays.
 */
class QuoteSourceShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void an_organisation_opening_the_clause_speaks_even_with_an_adverb_set_off_before_its_verb() {
		assertThat(
				quotes("Tollgate Mills, meanwhile, says that every order placed before noon \"ships the same day\"."))
			.containsExactly("Tollgate Mills :: ships the same day");
	}

	@Test
	void a_capital_that_only_opens_the_sentence_is_no_organisation() {
		assertThat(quotes("Critics say \"the plan will cost far more than anyone admits\"."))
			.containsExactly("null :: the plan will cost far more than anyone admits");
		assertThat(quotes("Analysts said \"the market will recover by the end of the year\"."))
			.containsExactly("analysts :: the market will recover by the end of the year");
	}

	@Test
	void according_to_a_person_after_the_words_that_describe_them_names_that_person() {
		assertThat(quotes("Astronomers found a new planet and according to the university's astronomy professor "
				+ "Jane Gaudi, it is \"the hottest gas giant we have ever seen\"."))
			.containsExactly("Jane Gaudi :: the hottest gas giant we have ever seen");
	}

	@Test
	void according_to_an_organisation_or_a_body_names_the_speaker() {
		assertThat(quotes("According to Vexmoor, \"the new line will open in the spring of next year.\""))
			.containsExactly("Vexmoor :: the new line will open in the spring of next year.");
		assertThat(quotes("\"No passengers were hurt in the incident,\" according to the Transport Ministry."))
			.containsExactly("the Transport Ministry :: No passengers were hurt in the incident");
	}

	@Test
	void a_document_opening_the_sentence_speaks_for_the_organisation_it_comes_from() {
		assertThat(quotes("A statement from Harlow Freight stated that \"both depots will stay open "
				+ "until the end of the year.\""))
			.containsExactly("Harlow Freight :: both depots will stay open until the end of the year.");
		assertThat(quotes("An email from Pike & Dunmore to the board advises caution, whatever the figures: "
				+ "\"Keep the numbers low until the vote is over.\""))
			.containsExactly("Pike & Dunmore :: Keep the numbers low until the vote is over.");
	}

	@Test
	void it_opening_a_sentence_speaks_for_the_organisation_that_opened_the_one_before() {
		assertThat(quotes("The Harbour Authority described the plan in a press release. It said that "
				+ "\"The new quay will take three years to build and will employ four hundred people.\""))
			.containsExactly(
					"the Harbour Authority :: The new quay will take three years to build and will employ four hundred people.");
	}

	@Test
	void a_long_description_up_to_the_speech_verb_is_the_speaker() {
		assertThat(quotes("The premier of the northern province of Kessland remarked that \"this decision "
				+ "shows no respect for the workers.\""))
			.containsExactly("the premier of the northern province of Kessland :: this decision shows no respect "
					+ "for the workers.");
		assertThat(quotes("The watchdog group the Open Ledger Project has called it \"a clear case of "
				+ "favouritism toward one bidder.\""))
			.containsExactly("the watchdog group the Open Ledger Project :: a clear case of favouritism toward one "
					+ "bidder.");
	}

	@Test
	void a_group_that_released_a_statement_saying_is_the_speaker() {
		assertThat(quotes("A group of coastal mayors released a joint statement saying \"We will be asking "
				+ "hard questions about this decision.\""))
			.containsExactly("a group of coastal mayors :: We will be asking hard questions about this decision.");
	}

	@Test
	void a_named_speaker_before_the_verb_outranks_the_description_around_it() {
		assertThat(quotes("A statement by Harlow Freight given by Harlow spokesman Tom Reddy said \"We are "
				+ "disappointed and will study the ruling.\""))
			.containsExactly("Tom Reddy :: We are disappointed and will study the ruling.");
	}

	@Test
	void a_body_followed_by_other_words_before_its_verb_is_no_speaker_of_a_participle() {
		assertThat(quotes("The court's decision partially overruled an earlier case, declaring that the "
				+ "\"equal but apart\" doctrine was void."))
			.doesNotContain("the court's decision partially :: equal but apart");
	}

	@Test
	void a_speech_verb_before_a_colon_introduces_the_next_quotation_not_the_one_before() {
		assertThat(quotes("A statement on Harlow's website, which shows the text \"Tom Reddy 1950-2020\", "
				+ "states: \"Harlow has lost a founder and a friend, and the town has lost a good man.\""))
			.containsExactly("Harlow :: Harlow has lost a founder and a friend, and the town has lost a good man.");
	}

	@Test
	void words_relayed_from_a_body_are_the_body_s_not_the_reporter_s() {
		assertThat(quotes("Dana Whitfield said the regional government had already stated to her that it had "
				+ "\"no plans to close the line\"."))
			.containsExactly("the regional government :: no plans to close the line");
	}

	@Test
	void words_relayed_from_someone_undescribed_have_no_speaker() {
		assertThat(quotes("Dana Whitfield said the letter had stated to her that the firm had "
				+ "\"no plans to close the line\"."))
			.containsExactly("null :: no plans to close the line");
	}

	@Test
	void two_words_a_body_reports_are_a_phrase_not_its_quotation() {
		assertThat(quotes("Shares fell after the company announced that its auditors had \"serious doubts\" about "
				+ "the plan."))
			.isEmpty();
	}

	@Test
	void a_fragment_does_not_borrow_the_speaker_of_its_neighbour_across_another_named_person() {
		assertThat(quotes("Ruth Alvarez said the city needed \"a port that still builds ships,\" and a time when "
				+ "what Henry Oakes once taught would be true again, that \"what is good for the port is good for "
				+ "the town.\""))
			.containsExactly("Ruth Alvarez :: a port that still builds ships",
					"null :: what is good for the port is good for the town.");
	}

	@Test
	void a_capitalised_speech_verb_inside_a_sentence_is_part_of_a_name() {
		assertThat(quotes("The United States might one day return to a time when the old saying would be true that "
				+ "\"a promise made is a debt unpaid.\""))
			.containsExactly("null :: a promise made is a debt unpaid.");
	}

}
