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
		assertThat(organisations("Brovex offering\n\nOctober 26, 1989\n\nBrovex Corp., Atlanta, said it filed for "
				+ "an initial public offering of four million shares. The drug company said it will sell 1.8 million "
				+ "of the new shares."))
			.contains("Brovex Corp. | the drug company");
	}

	@Test
	void a_town_of_two_words_and_a_list_of_trades_in_the_description() {
		assertThat(organisations("Halden adopts defence\n\nOctober 26, 1989\n\nHalden Group Inc., New York, adopted "
				+ "a defence measure designed to make a hostile takeover costly.\nThe giant foods, soap and brewing "
				+ "company said it will issue purchase rights to holders of record Nov. 8."))
			.contains("Halden Group Inc. | the giant foods, soap and brewing company");
	}

	@Test
	void a_subsidiary_named_after_the_subject_does_not_take_its_description() {
		assertThat(organisations("Medrite offering\n\nOctober 26, 1989\n\nMedrite Inc., Atlanta, said its "
				+ "subsidiary, Home Infusion Services Inc., filed for an initial public offering of four million "
				+ "shares. The home health care services provider said it will sell 1.8 million of the new shares."))
			.contains("Medrite Inc. | the home health care services provider")
			.noneMatch(line -> line.startsWith("Home Infusion Services Inc. | the home"));
	}

	@Test
	void a_list_of_companies_is_no_town() {
		assertThat(organisations("Bid talks\n\nOctober 26, 1989\n\nBrovex Corp., Tellwin Corp., and Garvin Co. said "
				+ "they were in talks. The drug company said it will sell 1.8 million of the new shares."))
			.noneMatch(line -> line.endsWith("| the drug company"));
	}

}
