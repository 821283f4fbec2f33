package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a company does for its living, told with a verb in the present, and the full name
 * a company is asked by when the story goes on with its first word. Each shape in an
 * invented sentence.
 */
class CompanyTradeShapesTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_sentence_of_a_companys_trade_tells_what_it_sells() {
		assertThat(organisations("Feldman Industries Inc. said it will sell a unit. Feldman sells garden tools "
				+ "and lawn mowers to farm stores."))
			.contains("Feldman Industries Inc. | which sells garden tools and lawn mowers to farm stores");
	}

	@Test
	void two_trade_verbs_joined_by_and_are_told_together() {
		assertThat(organisations("Halvard Media Corp. agreed to buy the network. Halvard owns and operates ferries "
				+ "and river barges."))
			.contains("Halvard Media Corp. | which owns and operates ferries and river barges");
		assertThat(organisations("Brantwell Hotel Co. sold shares. Brantwell, which owns and operates ski lodges, said "
				+ "the offer was effective."))
			.contains("Brantwell Hotel Co. | which owns and operates ski lodges");
	}

	@Test
	void a_name_the_text_never_gives_as_a_companys_or_a_verb_of_no_trade_tells_nothing() {
		assertThat(organisations("Feldman sells garden tools.")).isEmpty();
		assertThat(organisations("Feldman Industries Inc. lost money. Feldman makes up for it in sales.")).isEmpty();
		assertThat(organisations("Feldman Industries Inc. lost money. Feldman provides no details.")).isEmpty();
		assertThat(organisations("Feldman Industries Inc. cut jobs. Feldman makes and loses money on every mower."))
			.isEmpty();
	}

	@Test
	void a_company_called_by_its_first_word_is_asked_by_its_full_name() {
		assertThat(organisations("Corvale Group Inc. agreed to buy the rights. Corvale, a Leeds merchant bank, owns "
				+ "about 8% of the shipping line."))
			.contains("Corvale Group Inc. | a Leeds merchant bank");
	}

	@Test
	void a_first_word_two_companies_share_keeps_the_name_as_written() {
		assertThat(organisations(
				"Corvale Group Inc. and Corvale Capital Corp. both bid. Corvale, a Leeds merchant " + "bank, won."))
			.contains("Corvale | a Leeds merchant bank");
	}

	@Test
	void a_trade_verb_joined_to_another_verb_in_the_present_keeps_both() {
		assertThat(organisations("Kelvo Media Inc. cut jobs. Kelvo distributes and rents films to schools."))
			.contains("Kelvo Media Inc. | which distributes and rents films to schools");
		assertThat(organisations("Norvex Systems Inc. sold a plant. Norvex plans and designs data centers, "
				+ "alarm systems and backup systems."))
			.contains("Norvex Systems Inc. | which plans and designs data centers, alarm systems and backup systems");
	}

	@Test
	void a_place_set_off_after_the_name_is_no_part_of_the_trade() {
		assertThat(organisations("Kelvo Media Inc. cut jobs. Kelvo, Chicago, sells films to schools."))
			.contains("Kelvo Media Inc. | which sells films to schools");
	}

	@Test
	void what_a_company_has_interests_in_is_its_trade() {
		assertThat(organisations("Ostrand Ltd. said profit fell. Ostrand has interests in shipping and mining."))
			.contains("Ostrand Ltd. | which has interests in shipping and mining");
	}

	@Test
	void two_verbs_neither_of_a_trade_tell_nothing() {
		assertThat(organisations("Kelvo Media Inc. cut jobs. Kelvo hopes and plans to grow.")).isEmpty();
	}

}
