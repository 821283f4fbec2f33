package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations spoken by an organisation the story is about, in sentences written for the
 * test: "it" as a speech verb's subject stands for the one organisation that spoke just
 * before in its paragraph, "the report" for the one author the story gave its report, and
 * a few words that grade something are the judgement of whoever closes the sentence. A
 * partial name ("Cycling" of "Italian Cycling Federation") never speaks.
 */
class OrganisationInFocusQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void it_speaks_for_the_organisation_that_closed_the_sentence_before() {
		assertThat(quotes("Demand for coal would fall next year, the IEA said. \"Prices are likely to stay high "
				+ "for much of the coming winter across northern Europe,\" it added."))
			.containsExactly(
					"IEA :: Prices are likely to stay high for much of the coming winter across northern Europe");
	}

	@Test
	void it_speaks_for_the_organisation_a_sentence_before_was_according_to() {
		assertThat(quotes("Oil prices will stay high through the winter, according to the IEA. \"Stocks are low across "
				+ "the whole of northern Europe this winter,\" it said."))
			.containsExactly("IEA :: Stocks are low across the whole of northern Europe this winter");
	}

	@Test
	void it_speaks_for_a_body_that_opened_the_sentence_before() {
		assertThat(quotes("The Danish army denied the claims, saying it did not tolerate abuse. In a statement, it "
				+ "said: \"The army has no reason to believe that the prisoner was mistreated while held.\""))
			.containsExactly(
					"Danish army :: The army has no reason to believe that the prisoner was mistreated while held.");
	}

	@Test
	void it_after_a_body_set_off_by_its_description_speaks_for_the_body_not_for_a_part_of_another_name() {
		assertThat(quotes("Cycling's governing body the UCI said the riders' excuses were not good enough. It added "
				+ "that both had been \"temporarily barred until the end of their inquiries\". They face bans "
				+ "if found guilty by the Italian Cycling Federation."))
			.containsExactly("UCI :: temporarily barred until the end of their inquiries");
	}

	@Test
	void it_in_a_passive_names_nobody() {
		assertThat(quotes("Demand for coal would fall next year, the IEA said. It was reported that the mines had "
				+ "been \"closed for good after the long and bitter strike\"."))
			.doesNotContain("IEA :: closed for good after the long and bitter strike");
	}

	@Test
	void it_is_nobodys_when_two_organisations_spoke_before_it() {
		assertThat(quotes("Prices would rise, the IEA said. Supply would hold, the OPEC cartel said. \"Stocks are "
				+ "ample for the winter months across the whole of Europe,\" it added."))
			.containsExactly("null :: Stocks are ample for the winter months across the whole of Europe");
	}

	@Test
	void the_report_speaks_for_the_author_the_story_gave_it() {
		assertThat(quotes("Some 30 million people face famine this year, Hungerwatch says in a report. The call "
				+ "comes as ministers meet in Geneva. Aid budgets have fallen for a decade. Donors have missed every "
				+ "target. The report said: \"Food aid is a duty owed by rich nations, not a favour they grant.\""))
			.containsExactly("Hungerwatch :: Food aid is a duty owed by rich nations, not a favour they grant.");
		assertThat(quotes("In its latest annual report, the IEA cut its forecasts. Demand would fall. However, the "
				+ "report warned: \"It remains unclear whether Asian demand will keep growing at this pace.\""))
			.containsExactly("IEA :: It remains unclear whether Asian demand will keep growing at this pace.");
	}

	@Test
	void the_report_speaks_for_the_name_that_owned_it_or_wrote_it() {
		assertThat(quotes("Hungerwatch's latest report warns of famine in the east. Ministers meet today. The report "
				+ "said: \"Food aid is a duty owed by rich nations to all of the poor.\""))
			.containsExactly("Hungerwatch :: Food aid is a duty owed by rich nations to all of the poor.");
		assertThat(quotes("A report by the IEA warns of high prices. Ministers meet today. \"Stocks are low across "
				+ "the whole of northern Europe this winter,\" the report said."))
			.containsExactly("IEA :: Stocks are low across the whole of northern Europe this winter");
	}

	@Test
	void a_report_owned_by_a_description_names_no_author() {
		assertThat(quotes("The charity's latest report warns of famine in the east. Ministers meet today. The report "
				+ "said: \"Food aid is a duty owed by rich nations to all of the poor.\""))
			.containsExactly("null :: Food aid is a duty owed by rich nations to all of the poor.");
	}

	@Test
	void the_report_of_two_authors_is_nobodys() {
		assertThat(quotes("Hungerwatch says in a report that famine is spreading. The Grain Council said in a report "
				+ "that harvests were good. The report said: \"Food aid is a duty owed by rich nations to all.\""))
			.containsExactly("null :: Food aid is a duty owed by rich nations to all.");
	}

	@Test
	void words_that_grade_something_are_the_judgement_of_the_body_closing_the_sentence() {
		assertThat(quotes(
				"The next year's outlook seems \"very favourable\" because of rising demand, Acme Holdings " + "said."))
			.containsExactly("Acme Holdings :: very favourable");
	}

	@Test
	void a_two_word_label_of_a_body_is_still_no_quotation() {
		assertThat(quotes("Growth in India and a \"remarkable recovery\" in Brazil would help, the IMF said."))
			.isEmpty();
	}

}
