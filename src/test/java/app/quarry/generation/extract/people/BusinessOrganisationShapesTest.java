package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How business news describes a company, each shape in an invented sentence: the name
 * with "Corp." or "Inc.", a description coordinated with "and", a unit and its owner, the
 * firm "of" a name, a description that opens the sentence with "As", and where a company
 * is based.
 */
class BusinessOrganisationShapesTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_company_abbreviation_keeps_its_period_and_its_apposition() {
		assertThat(organisations("Zentrix Corp., the software maker, lost ground."))
			.containsExactly("Zentrix Corp. | the software maker");
	}

	@Test
	void an_apposition_of_two_descriptions_joined_by_and() {
		assertThat(organisations("Halvorsen, the county's oldest lender and its only savings bank, raised rates."))
			.containsExactly("Halvorsen | the county's oldest lender and its only savings bank");
	}

	@Test
	void a_single_name_no_rule_shows_to_be_a_persons_stays_open_to_a_description() {
		assertThat(organisations("Halvorsen said sales rose. Halvorsen, the region's largest brewer, raised prices."))
			.containsExactly("Halvorsen | the region's largest brewer");
		assertThat(organisations("Mr. Halvorsen said sales rose. Halvorsen, the region's largest brewer, left."))
			.isEmpty();
	}

	@Test
	void a_single_name_set_off_as_a_member_or_an_analyst_of_an_organisation_is_a_persons() {
		assertThat(organisations("Halvorsen, a member of the union, said the vote was close.")).isEmpty();
		assertThat(organisations("Halvorsen, an analyst at the bank, said no.")).isEmpty();
	}

	@Test
	void a_sentence_that_opens_with_a_common_noun_and_of_leaves_the_name_after_of() {
		assertThat(organisations("Shares of Brovo, the toy maker's only rival, fell."))
			.containsExactly("Brovo | the toy maker's only rival");
		assertThat(organisations("Bank of Lisbon, the country's oldest lender, said nothing."))
			.containsExactly("Bank of Lisbon | the country's oldest lender");
	}

	@Test
	void a_unit_named_between_its_owner_and_the_word_unit() {
		assertThat(organisations("Rivals such as Zentrix Corp.'s Brovo Foods unit cut prices."))
			.contains("Brovo Foods | a unit of Zentrix Corp.");
		assertThat(organisations("It sold the plant to Halvard's Norsk Malt subsidiary on Monday."))
			.contains("Norsk Malt | a subsidiary of Halvard");
	}

	@Test
	void a_unit_named_before_of_and_its_owner() {
		assertThat(organisations("The town hired the Brovo Foods unit of Zentrix Corp. to build it."))
			.contains("Brovo Foods | a unit of Zentrix Corp.");
	}

	@Test
	void an_owner_set_off_before_a_name_that_says_it_is_a_companys() {
		assertThat(organisations("The memo went out from Brovo's owner, Halden & Co., to its bankers."))
			.contains("Halden & Co. | Brovo's owner");
		assertThat(organisations("The club's owner, Kaori Tanaka, stayed away.")).isEmpty();
	}

	@Test
	void the_firm_of_a_name() {
		assertThat(organisations("Zentrix has a venture with the Danish firm of Lund Holm Berg, officials said."))
			.containsExactly("Lund Holm Berg | Danish firm");
		assertThat(organisations("He bought shares of the firm of Lund Holm Berg.")).isEmpty();
	}

	@Test
	void a_description_that_opens_the_sentence_with_as() {
		assertThat(organisations("As Brovo's biggest holder and the region's biggest lender, Norbank could act."))
			.containsExactly("Norbank | Brovo's biggest holder and the region's biggest lender");
		assertThat(organisations("As a member of the party, Kaori Tanaka could act.")).isEmpty();
	}

	@Test
	void where_a_company_is_based() {
		assertThat(organisations("Zentrix Corp. is based in Leeds, England."))
			.containsExactly("Zentrix Corp. | based in Leeds, England");
		assertThat(organisations("John Harlow is based in Leeds.")).isEmpty();
	}

	@Test
	void a_hyphenated_place_before_a_noun_is_no_name() {
		assertThat(organisations("He joined the Leeds-based news agency in May.")).isEmpty();
		assertThat(organisations("Leeds-based Zentrix Corp., a software maker, fell."))
			.containsExactly("Zentrix Corp. | a software maker");
	}

	@Test
	void the_lead_company_described_in_the_next_sentence_without_its_name() {
		assertThat(organisations("Zentrix Corp. posted a record loss in its third quarter. "
				+ "The Leeds-based software maker blamed weak orders."))
			.containsExactly("Zentrix Corp. | the Leeds-based software maker");
	}

	@Test
	void a_description_that_opens_the_next_sentence_is_the_leads_company_whatever_names_follow_it() {
		assertThat(organisations("Zentrix Airlines posted a record profit in its first quarter. "
				+ "The Leeds-based airline, the third largest in Britain, credited weak rival Brovo Airways."))
			.contains("Zentrix Airlines | the Leeds-based airline");
		assertThat(organisations("Zentrix Air Lines posted a record profit in its first quarter. "
				+ "The Leeds-based airline credited the decline of rival Brovo Airways."))
			.contains("Zentrix Air Lines | the Leeds-based airline");
	}

	@Test
	void a_plural_noun_before_two_names_joined_by_and_describes_each() {
		assertThat(organisations(
				"The board has representatives of West German insurer Brovo AG and French banks Credit Norde "
						+ "and Banque Lyon, he said."))
			.contains("Brovo AG | West German insurer", "Credit Norde | French bank", "Banque Lyon | French bank");
		assertThat(organisations("He works at Credit Norde and Banque Lyon.")).isEmpty();
	}

	@Test
	void a_shipyard_is_an_organisation_and_oy_ends_a_companys_name() {
		assertThat(organisations("The creditors of bankrupt shipyard Brovo Marine Industries Oy agreed to a plan."))
			.containsExactly("Brovo Marine Industries Oy | bankrupt shipyard");
	}

	@Test
	void a_lead_whose_name_may_be_a_persons_leaves_the_description_unlinked() {
		assertThat(organisations("Garvin Holt hosted the morning show for two decades. "
				+ "The public radio network dropped it in May."))
			.isEmpty();
	}

	@Test
	void a_lead_that_names_two_companies_leaves_the_description_unlinked() {
		assertThat(organisations("Zentrix Corp. wants to buy Brovo Foods for cash in the spring. "
				+ "The Leeds-based software maker blamed weak orders."))
			.isEmpty();
		assertThat(organisations("Zentrix Corp. posted a record loss in its third quarter. "
				+ "Brovo said the Leeds-based software maker blamed weak orders."))
			.isEmpty();
	}

	@Test
	void a_place_in_two_words_stays_whole_in_a_description_before_the_name() {
		assertThat(organisations("Her grandfather founded the New Jersey bicycle store Brovo Cycles, which closed."))
			.containsExactly("Brovo Cycles | New Jersey bicycle store");
	}

	@Test
	void an_apposition_that_counts_the_company_one_of_a_group() {
		assertThat(organisations("Brovo Holdings Ltd., one of a group of closely held companies owned by Zentrix, "
				+ "said it would bid."))
			.containsExactly("Brovo Holdings Ltd. | one of a group of closely held companies owned by Zentrix");
		assertThat(organisations("Brovo, one of the few engineers I know, said it would bid.")).isEmpty();
	}

	@Test
	void a_company_whose_business_is_told_in_a_clause() {
		assertThat(
				organisations("Zentrix, whose main business is making boilers, pumps and valves, said it lost money."))
			.containsExactly("Zentrix | whose main business is making boilers, pumps and valves");
	}

}
