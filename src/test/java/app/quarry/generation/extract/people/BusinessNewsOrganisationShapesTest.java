package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What business news says an organisation is where the description is no plain apposition
 * after the subject: before two names at once, on an object, as a holder of another
 * company, after "is", as a unit with what it does, each in an invented sentence.
 */
class BusinessNewsOrganisationShapesTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_plural_before_two_names_joined_by_and_describes_each() {
		assertThat(organisations(
				"Envoys of Dutch brewing group Halvorsen NV and Belgian banks Banque Ardenne and Credit Mosan attended the talks."))
			.containsExactly("Halvorsen NV | Dutch brewing group", "Banque Ardenne | Belgian bank",
					"Credit Mosan | Belgian bank");
	}

	@Test
	void a_count_or_a_size_before_the_plural_describes_neither_name() {
		assertThat(organisations("The two banks Banque Ardenne and Credit Mosan attended the talks.")).isEmpty();
		assertThat(organisations("Shares of big banks Banque Ardenne and Credit Mosan fell.")).isEmpty();
	}

	@Test
	void an_industry_noun_before_the_name() {
		assertThat(organisations("Creditors of bankrupt shipyard Nordhavn Marine Oy met on Monday."))
			.containsExactly("Nordhavn Marine Oy | bankrupt shipyard");
	}

	@Test
	void an_apposition_on_an_object_ends_where_its_relative_clause_begins() {
		assertThat(organisations(
				"Brovo bought shares of Kestrel, a small maker of garden tools that lost money last year."))
			.containsExactly("Kestrel | a small maker of garden tools");
	}

	@Test
	void what_an_organisation_once_was() {
		assertThat(organisations("She took Kestrel, once a small toy wholesaler, and built a group around it."))
			.containsExactly("Kestrel | once a small toy wholesaler");
	}

	@Test
	void a_company_that_holds_another_in_an_apposition_after_or_before_its_name() {
		assertThat(organisations("He also heads Halden Inc., Brovo's controlling shareholder."))
			.containsExactly("Halden Inc. | Brovo's controlling shareholder");
		assertThat(organisations("The talks set Mr. Ross against Kestrel's largest shareholder, Halden Inc."))
			.containsExactly("Halden Inc. | Kestrel's largest shareholder");
	}

	@Test
	void a_holder_with_no_company_suffix_may_be_a_person_and_is_left_out() {
		assertThat(organisations("The talks set Mr. Ross against Kestrel's largest shareholder, Halden.")).isEmpty();
		assertThat(organisations("He also met Halden, Brovo's controlling shareholder.")).isEmpty();
	}

	@Test
	void an_organisation_described_after_is_by_its_relation_to_another() {
		assertThat(organisations("Norbank is Brovo's main Swiss bank."))
			.containsExactly("Norbank | Brovo's main Swiss bank");
		assertThat(organisations("Kestrel's biggest creditor is Leeds-based Halden Inc. Halden has two ships there."))
			.containsExactly("Halden Inc. | Kestrel's biggest creditor");
		assertThat(organisations("Kestrel's biggest creditor is Halden. Halden has two ships there.")).isEmpty();
	}

	@Test
	void what_an_organisation_owns_told_in_a_which_clause() {
		assertThat(organisations("Halden, which owns 40% of Kestrel, publishes two newspapers."))
			.containsExactly("Halden | which owns 40% of Kestrel");
		assertThat(organisations("Halden, which owns the old mill, publishes two newspapers.")).isEmpty();
	}

	@Test
	void a_unit_with_what_it_does_belongs_to_its_owner() {
		assertThat(organisations("Shares rose after the sale of Halden's Kestrel disk-drive business to Brovo."))
			.containsExactly("Kestrel | Halden's disk-drive business");
		assertThat(organisations("It bought the fruit business of Halden Corp.'s Kestrel foods unit."))
			.containsExactly("Kestrel | Halden Corp.'s foods unit");
		assertThat(
				organisations("Analysts said that before Halden closed its Kestrel Inc. printer business, costs rose."))
			.containsExactly("Kestrel Inc. | Halden's printer business");
	}

	@Test
	void an_item_of_a_list_is_no_apposition() {
		assertThat(organisations(
				"Halden publishes The Morning Star, Brovo's magazine, local newspapers and trade journals."))
			.isEmpty();
	}

	@Test
	void an_apposition_may_name_the_owner_with_its_abbreviation_or_in_the_possessive() {
		assertThat(organisations("Brovo, a Halden Corp. unit, said profits fell."))
			.containsExactly("Brovo | a Halden Corp. unit");
		assertThat(organisations("The deal was arranged by Brovo Securities, a unit of Halden Corp."))
			.containsExactly("Brovo Securities | a unit of Halden Corp.");
		assertThat(organisations("Brovo Securities, Halden Group's investment banking arm, said profits fell."))
			.containsExactly("Brovo Securities | Halden Group's investment banking arm");
	}

	@Test
	void a_company_that_is_the_parent_or_a_shareholder_of_another() {
		assertThat(organisations("Halden Inc., the parent of Brovo Savings, said profits fell."))
			.containsExactly("Halden Inc. | the parent of Brovo Savings");
		assertThat(organisations("Halden Inc., the largest shareholder in Brovo, said profits fell."))
			.containsExactly("Halden Inc. | the largest shareholder in Brovo");
		assertThat(organisations("Halden, the largest shareholder in Brovo, said profits fell.")).isEmpty();
	}

	@Test
	void the_companys_unit_belongs_to_the_company_the_story_opens_with() {
		assertThat(organisations("Zentrix Corp., which lost money last year, thinks it will recover soon.\n"
				+ "Some assets are still for sale, including part of the company's Brovo unit, a spokesman said."))
			.contains("Brovo | a unit of Zentrix Corp.");
		assertThat(organisations("Zentrix Corp. and Halden Inc. lost money last year.\n"
				+ "Some assets are still for sale, including part of the company's Brovo unit, a spokesman said."))
			.isEmpty();
	}

	@Test
	void what_an_organisation_does_for_its_living_told_in_a_which_clause() {
		assertThat(organisations("Brovo Inc., which makes garden pumps, said profits fell."))
			.containsExactly("Brovo Inc. | which makes garden pumps");
		assertThat(organisations("Brovo Inc., which makes up 40% of the index, fell.")).isEmpty();
		assertThat(organisations("Brovo, which makes it easy to pay, said profits fell.")).isEmpty();
	}

	@Test
	void where_a_company_is_based_told_before_its_name() {
		assertThat(organisations("The ships were ordered by Miami-based Halden Cruise Lines Inc. last year."))
			.containsExactly("Halden Cruise Lines Inc. | based in Miami");
		assertThat(organisations("Leeds-based Zentrix Corp. said profits fell."))
			.containsExactly("Zentrix Corp. | based in Leeds");
		assertThat(organisations("\"We will win,\" said London-based John Smith.")).isEmpty();
	}

	@Test
	void a_place_of_two_words_before_based_is_where_the_company_is() {
		assertThat(organisations("New Harlow-based Popwave Radio Inc. provides a music service to shops."))
			.contains("Popwave Radio Inc. | based in New Harlow");
		assertThat(organisations("The deal gives Port Vetra-based Zentrix Corp. a foothold in Leeds."))
			.containsExactly("Zentrix Corp. | based in Port Vetra");
		// where a run of capitals starts its place is unclear
		assertThat(organisations("Ann Lee Port Vetra-based Zentrix Corp. said profits fell."))
			.noneMatch(fact -> fact.contains("based"));
	}

	@Test
	void which_and_a_trade_verb_before_a_preposition_tells_where_not_what() {
		assertThat(organisations("Brovo Corp., which operates in 30 countries, said sales rose.")).isEmpty();
	}

}
