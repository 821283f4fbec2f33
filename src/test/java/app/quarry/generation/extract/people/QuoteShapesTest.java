package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One sentence shape per test, each written for the test: how news attributes quoted
 * words, and what in quotation marks is nobody's words.
 */
class QuoteShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void an_employer_and_a_role_run_into_the_name_before_said() {
		assertThat(quotes("Harbor Freight Logistics CEO Dana Whitfield said \"We will open two new depots "
				+ "before the summer.\""))
			.containsExactly("Dana Whitfield :: We will open two new depots before the summer.");
		assertThat(quotes("Chief economist at Lakeview Capital Group Sofia Marquez said: \"Rates will stay "
				+ "high for longer than markets expect.\""))
			.containsExactly("Sofia Marquez :: Rates will stay high for longer than markets expect.");
	}

	@Test
	void said_before_a_describing_phrase_and_a_comma_goes_to_the_name_after_the_comma() {
		assertThat(quotes("\"The strike will go on until the port listens,\" said the general secretary of the "
				+ "dockworkers' union, Omar Haddad."))
			.containsExactly("Omar Haddad :: The strike will go on until the port listens");
	}

	@Test
	void said_before_a_lower_case_role_and_the_name_goes_to_the_name() {
		assertThat(quotes(
				"\"Our farmers deserve better than this deal,\" said Canadian trade minister Paul " + "Tremblay."))
			.containsExactly("Paul Tremblay :: Our farmers deserve better than this deal");
		assertThat(quotes("Paul Tremblay met the delegates. \"It was a useful day,\" said trade minister Tremblay."))
			.containsExactly("Paul Tremblay :: It was a useful day");
	}

	@Test
	void said_before_a_company_abbreviation_and_a_role_goes_to_the_name() {
		assertThat(quotes("\"We never stopped believing in this engine,\" said Nordwind Inc. CEO Karin Larsen."))
			.containsExactly("Karin Larsen :: We never stopped believing in this engine");
	}

	@Test
	void a_name_elsewhere_in_the_clause_of_said_did_not_say_it() {
		assertThat(quotes("Someone close to Karin Larsen said her health has \"good days and bad days\" now."))
			.containsExactly("null :: good days and bad days");
	}

	@Test
	void who_after_a_name_and_its_apposition_takes_up_the_name() {
		assertThat(quotes("A different view came from Ruth Alvarez, a historian at Leeds, who stated, "
				+ "\"Empires rarely fall in a single day.\""))
			.containsExactly("Ruth Alvarez :: Empires rarely fall in a single day.");
	}

	@Test
	void a_text_ending_in_an_organisation_word_without_a_full_stop_is_read_to_its_end() {
		assertThat(quotes("Karin Larsen said \"the yard will stay open all winter\" in a letter to the Government"))
			.containsExactly("Karin Larsen :: the yard will stay open all winter");
	}

	@Test
	void a_verb_no_list_holds_after_a_quote_ending_in_a_comma_still_attributes_it() {
		assertThat(quotes("\"We sold every ticket in four hours,\" enthused Lena Petrova, the festival director."))
			.containsExactly("Lena Petrova :: We sold every ticket in four hours");
		assertThat(quotes("\"Nobody saw the second wave coming,\" Lena Petrova conceded."))
			.containsExactly("Lena Petrova :: Nobody saw the second wave coming");
	}

	@Test
	void a_participle_after_the_quote_leaves_it_to_the_speaker_named_before() {
		assertThat(quotes("Analyst Mira Holt says the retailer \"priced the tablet very aggressively,\" "
				+ "referring to its launch price."))
			.containsExactly("Mira Holt :: priced the tablet very aggressively");
	}

	@Test
	void a_passive_speech_verb_goes_to_the_name_after_by() {
		assertThat(quotes("The new bridge was praised by Mayor Ines Cordero as \"the best thing built here "
				+ "in fifty years.\""))
			.containsExactly("Ines Cordero :: the best thing built here in fifty years.");
	}

	@Test
	void a_paragraph_of_nothing_but_a_quote_goes_on_with_the_speaker_before() {
		assertThat(quotes("""
				"The harvest came three weeks early," said grower Tomas Reyes.
				"We had no pickers ready and lost a fifth of the crop."
				""")).containsExactly("Tomas Reyes :: The harvest came three weeks early",
				"Tomas Reyes :: We had no pickers ready and lost a fifth of the crop.");
	}

	@Test
	void a_paragraph_that_says_something_else_does_not_inherit_the_speaker() {
		assertThat(quotes("""
				"The harvest came three weeks early," said grower Tomas Reyes.
				Prices fell after the report, and "nobody knows where they will settle now," an analyst wrote.
				""")).containsExactly("Tomas Reyes :: The harvest came three weeks early",
				"an analyst :: nobody knows where they will settle now");
	}

	@Test
	void a_name_heading_its_words_with_a_colon_is_the_speaker() {
		assertThat(quotes("""
				The exchange of messages was read out in court.
				Harbour master Ellen Fraser: "Keep the ferry in port until the wind drops."
				Captain Joseph Lindqvist: "Understood, we stay moored tonight."
				""")).containsExactly("Ellen Fraser :: Keep the ferry in port until the wind drops.",
				"Joseph Lindqvist :: Understood, we stay moored tonight.");
	}

	@Test
	void a_speaker_named_in_a_paragraph_of_its_own_below_the_quotes() {
		assertThat(quotes("""
				Minister Grace Okafor opened the new clinic on Monday.
				"The clinic will serve twelve villages," "Nobody should walk a day to see a doctor."
				Mrs Okafor said.
				""")).containsExactly("Grace Okafor :: The clinic will serve twelve villages",
				"Grace Okafor :: Nobody should walk a day to see a doctor.");
	}

	@Test
	void a_short_quote_earlier_in_the_clause_does_not_hide_the_speech_verb() {
		// two words in the reported clause are hers too
		assertThat(quotes("Senator Ruth Alvarez said she had \"no regrets\" and would \"run again next year\"."))
			.containsExactly("Ruth Alvarez :: no regrets", "Ruth Alvarez :: run again next year");
	}

	@Test
	void two_quoted_words_in_reported_speech_are_the_speakers_and_a_label_is_not() {
		assertThat(quotes("Coach Daniel Osei said that he was \"deeply hurt\" by the decision."))
			.containsExactly("Daniel Osei :: deeply hurt");
		assertThat(quotes("Coach Daniel Osei described the match as a \"turning point\" for the club."))
			.containsExactly("Daniel Osei :: turning point");
		assertThat(quotes("Coach Daniel Osei said that the \"Red Army\" of fans would travel.")).isEmpty();
	}

	@Test
	void a_comma_handing_over_to_the_quote_gives_it_to_the_person_the_sentence_is_about() {
		assertThat(quotes("In her last letter to the staff, Helen Marsh left this farewell, \"I leave a school "
				+ "that is ready for anything.\""))
			.containsExactly("Helen Marsh :: I leave a school that is ready for anything.");
	}

	@Test
	void an_email_from_a_firm_to_a_person_is_the_firms_words_not_that_persons() {
		assertThat(quotes("An email from Brightwater & Partners to Mark Ellis advises him to wait, regardless "
				+ "of the costs: \"I would hold the shares until the spring results.\""))
			.containsExactly("Brightwater & Partners :: I would hold the shares until the spring results.");
	}

	@Test
	void he_goes_to_the_man_in_focus_not_to_a_product_named_in_between() {
		assertThat(quotes("""
				Designer Peter Lund presented the phone in Oslo.
				The Nordic Phone Deluxe has a larger screen.
				Older Nordic Phone Deluxe apps run without changes.
				He said that the company is "almost ready" for the launch.
				""")).containsExactly("Peter Lund :: almost ready");
	}

	@Test
	void a_union_named_in_passing_is_no_speaker_but_a_watchdog_calling_something_is() {
		assertThat(quotes("""
				Manager Rosa Klein said the plan had the support of the Harbour Workers union.
				"It keeps every job in the yard," she said.
				The watchdog the Project on Public Spending has called it "a gift to one contractor."
				""")).containsExactly("Rosa Klein :: It keeps every job in the yard",
				"the watchdog the Project on Public Spending :: a gift to one contractor.");
	}

	@Test
	void a_name_given_by_a_naming_verb_right_before_it_is_a_label() {
		assertThat(quotes("Marta Voss built a new kind of kiln, which she called the \"slow furnace of the north\"."))
			.isEmpty();
		assertThat(quotes("Marta Voss is sometimes referred to as the \"mother of modern glass chemistry\"."))
			.isEmpty();
		assertThat(quotes("The method, also known as \"cold layered glass firing\", spread to Venice.")).isEmpty();
		assertThat(
				quotes("Marta Voss said the new fleet, dubbed \"the great white herons of the bay\", will sail soon."))
			.isEmpty();
	}

	@Test
	void a_second_name_joined_to_a_label_is_a_label_too() {
		assertThat(quotes("Marta Voss is often called the \"queen of glass\" and the \"keeper of the old kilns\"."))
			.isEmpty();
	}

	@Test
	void an_object_between_the_naming_verb_and_the_quote_makes_it_the_subjects_words() {
		assertThat(quotes("Marta Voss called the merger \"a gift to every glassmaker in the valley\"."))
			.containsExactly("Marta Voss :: a gift to every glassmaker in the valley");
		assertThat(quotes("Ruth Alvarez described the kiln as \"the finest piece of engineering in the town\"."))
			.containsExactly("Ruth Alvarez :: the finest piece of engineering in the town");
	}

	@Test
	void a_label_given_in_the_passive_by_a_named_person_is_that_persons() {
		assertThat(quotes("The kiln was dubbed \"the dragon that never sleeps\" by Marta Voss in 1990."))
			.containsExactly("Marta Voss :: the dragon that never sleeps");
	}

	@Test
	void a_speech_verb_used_as_a_noun_after_an_article_attributes_nothing() {
		assertThat(quotes("In 1871 Senator Hugh Dalton proposed a bill to give the land to the state so that it would "
				+ "\"be kept open for the recreation of all the people\"."))
			.containsExactly("null :: be kept open for the recreation of all the people");
	}

	@Test
	void words_quoted_inside_a_sentence_of_the_documents_own_do_not_go_on_with_the_last_speaker() {
		assertThat(quotes("Senator Hugh Dalton said, \"We will protect this valley for our grandchildren.\" The law "
				+ "granted the valley to the state on condition that it would \"stay open to every visitor for all "
				+ "time\"."))
			.containsExactly("Hugh Dalton :: We will protect this valley for our grandchildren.",
					"null :: stay open to every visitor for all time");
	}

	@Test
	void a_sentence_opening_with_a_described_role_or_body_gives_the_quote_to_that_description() {
		assertThat(quotes("The coroner called the fisherman's death \"a tragic accident at sea\"."))
			.containsExactly("the coroner :: a tragic accident at sea");
		assertThat(quotes("The mayor of Linford issued a short statement on Sunday: \"Our town mourns a "
				+ "generous neighbour.\""))
			.containsExactly("the mayor of Linford :: Our town mourns a generous neighbour.");
	}

}
