package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The businesses a company owns, named between "its" or the company's possessive and the
 * noun for what they are to it, or set off after "and its ... unit,".
 */
class OwnedUnitsTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_unit_named_before_its_noun_belongs_to_the_company_that_says_so() {
		assertThat(organisations("Zentrix Corp. said its Lamplight Homes subsidiary will cut 200 jobs."))
			.contains("Lamplight Homes | a subsidiary of Zentrix Corp.");
	}

	@Test
	void words_for_what_the_unit_is_stay_in_its_description() {
		assertThat(organisations(
				"Italian tile maker Pasto S.p.A., through its Pasto Holdings N.V. indirect unit, filed its bid for Vinta."))
			.contains("Pasto Holdings N.V. | Pasto S.p.A.'s indirect unit");
		assertThat(organisations(
				"Halvern Corp. reported a gain. Output rose in the paper segment, as Halvern's Brixton Inc. timber company was lifted by strong demand."))
			.contains("Brixton Inc. | Halvern's timber company");
	}

	@Test
	void every_business_of_a_list_belongs_to_the_owner() {
		assertThat(organisations(
				"Halvern Group said its Dell-Mart Drug Co., Pine Stores Inc. and Carver Corp. operations showed improvements."))
			.contains("Dell-Mart Drug Co. | an operation of Halvern Group",
					"Pine Stores Inc. | an operation of Halvern Group", "Carver Corp. | an operation of Halvern Group");
	}

	@Test
	void its_after_and_is_the_company_joined_to_it() {
		assertThat(organisations(
				"Ridgeway Holdings agreed to sell Comet Tools Inc. and its Mirador Castings unit to Pell Industries."))
			.contains("Mirador Castings | a unit of Comet Tools Inc.")
			.noneMatch(found -> found.contains("of Ridgeway") || found.contains("Ridgeway Holdings'"));
	}

	@Test
	void a_unit_set_off_after_and_its_belongs_to_the_company_before_and() {
		assertThat(organisations(
				"Jon Voss, an executive at Lone Bank, was named president of Tarnwell Group Corp. and its main lending arm, Fennick Savings Bank."))
			.contains("Fennick Savings Bank | Tarnwell Group Corp.'s main lending arm");
		assertThat(organisations(
				"Gantry Corp. agreed to buy Delmar Gauges Inc., Fresno, Calif., and its twin operation, Delmar Optics Co., in Boise, Idaho."))
			.contains("Delmar Optics Co. | Delmar Gauges Inc.'s twin operation")
			.noneMatch(found -> found.contains("Gantry Corp.'s"));
	}

	@Test
	void a_buyer_is_not_the_owner_of_what_it_buys() {
		assertThat(organisations("Gantry Corp. bought Delmar Systems Inc. and its subsidiary, Verso Labs."))
			.noneMatch(found -> found.contains("Gantry"));
	}

	@Test
	void with_two_organisations_before_its_no_owner_is_sure() {
		assertThat(organisations("Gantry Corp. said Delmar Systems Inc. would sell its Verso Labs unit."))
			.noneMatch(found -> found.startsWith("Verso Labs"));
	}

	@Test
	void a_place_or_a_single_word_before_what_the_unit_does_is_no_unit() {
		assertThat(organisations("Brovo Corp. said its Quebec grocery unit and its North American operations grew."))
			.noneMatch(found -> found.startsWith("Quebec") || found.startsWith("North American"));
		assertThat(organisations("Brovo Corp. said its Quebec and Ontario operations grew."))
			.noneMatch(found -> found.startsWith("Quebec") || found.startsWith("Ontario"));
	}

	@Test
	void an_owner_no_rule_knows_for_a_company_owns_nothing() {
		assertThat(organisations("Mr. Lee said its Verso Labs unit would close."))
			.noneMatch(found -> found.startsWith("Verso Labs"));
	}

	@Test
	void a_unit_named_before_what_it_does_is_no_person() {
		assertThat(organisations(
				"Halvern Freight Inc. reported a drop in net income, citing losses in its Quillon Express shipping business."))
			.contains("Quillon Express | Halvern Freight Inc.'s shipping business");
		assertThat(organisations(
				"Zentrix Corp. has warned staff in its Pell amp Carver personal insurance operations that 450 jobs will go."))
			.contains("Pell amp Carver | Zentrix Corp.'s personal insurance operations");
		assertThat(new PersonExtractor().find(app.quarry.corpus.DocumentText
			.of("Zentrix Corp. said its Quillon Express shipping business lost money."), null))
			.noneMatch(fact -> fact.value().contains("Quillon"));
	}

	@Test
	void a_plain_the_company_before_its_is_the_company_named_just_before() {
		assertThat(organisations(
				"Brovex Corp. said sales dropped. The company has stopped reporting its Tarrow Steel division, which it now shares with a partner."))
			.contains("Tarrow Steel | a division of Brovex Corp.");
		assertThat(organisations(
				"Brovex Corp. had a good year. The company noted that its Dell-Mart Drug Co., Pine Stores Inc. and Carver Corp. operations showed improvements."))
			.contains("Dell-Mart Drug Co. | an operation of Brovex Corp.");
	}

}
