package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A company named with its town set off by commas ("Brovex Corp., Atlanta, said") is
 * still the subject a later description carries on; each shape in an invented story, with
 * the guard that keeps a list of names from being read as a town.
 */
class TownSetOffCompanySubjectsTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_town_set_off_after_the_name_leaves_it_the_subject() {
		assertThat(organisations("Brovex stores\n\nMay 14, 1991\n\nBrovex Corp., Denver, said it plans to open "
				+ "40 new stores next year. The drug company said it will hire 900 staff for them."))
			.contains("Brovex Corp. | the drug company");
	}

	@Test
	void a_town_of_two_words_and_a_list_of_trades_in_the_description() {
		assertThat(organisations("Halden buys back stock\n\nMay 14, 1991\n\nHalden Group Inc., New York, adopted "
				+ "a plan to buy back part of its stock.\nThe giant paper, ink and printing "
				+ "company said it will pay for the shares in cash."))
			.contains("Halden Group Inc. | the giant paper, ink and printing company");
	}

	@Test
	void a_subsidiary_named_after_the_subject_does_not_take_its_description() {
		assertThat(organisations("Medrite depot\n\nMay 14, 1991\n\nMedrite Inc., Denver, said its "
				+ "subsidiary, Cold Chain Logistics Inc., will open a new depot in Utah. The home delivery services "
				+ "provider said it expects to hire 300 drivers."))
			.contains("Medrite Inc. | the home delivery services provider")
			.noneMatch(line -> line.startsWith("Cold Chain Logistics Inc. | the home"));
	}

	@Test
	void a_list_of_companies_is_no_town() {
		assertThat(organisations("Bid talks\n\nMay 14, 1991\n\nBrovex Corp., Tellwin Corp., and Garvin Co. said "
				+ "they were in talks. The drug company said it will hire 900 staff for them."))
			.noneMatch(line -> line.endsWith("| the drug company"));
	}

}
