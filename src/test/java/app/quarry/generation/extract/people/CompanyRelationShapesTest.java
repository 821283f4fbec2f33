package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How business news tells that one company owns, controls or manages another: a
 * possessive apposition ("its subsidiary, Brovo Inc."), a clause of ownership ("61%-owned
 * by Halden Corp."), a copula ("Halden is the parent company of Brovo Bank").
 */
class CompanyRelationShapesTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void its_subsidiary_belongs_to_the_company_whose_place_is_set_off_after_its_name() {
		assertThat(organisations(
				"HALDEN Corp., Denver, said its subsidiary, Brovo Feed Systems Inc., filed for a public offering."))
			.contains("Brovo Feed Systems Inc. | HALDEN Corp.'s subsidiary");
	}

	@Test
	void its_parent_belongs_to_a_subject_an_adverb_separates_from_its_verb() {
		assertThat(
				organisations("Marlow Insurance also sold 1.2 million of its shares to its parent, Marlow Group Inc."))
			.contains("Marlow Group Inc. | Marlow Insurance's parent");
	}

	@Test
	void an_adverb_that_opens_the_sentence_before_is_no_owner() {
		assertThat(organisations(
				"Meanwhile, profit rose 4%.\nTarrant Insurance sold 1.2 million of its shares to its parent, Tarrant Group Inc."))
			.noneMatch(found -> found.contains("Meanwhile"));
		assertThat(organisations("Meanwhile, Tarnow said its unit, Brisk Foods Inc., would be sold."))
			.contains("Brisk Foods Inc. | Tarnow's unit");
	}

	@Test
	void a_unit_or_an_arm_set_off_after_its_owners_possessive() {
		assertThat(organisations("Profit at Halvorsen's credit arm, Halvorsen Finance Corp., rose 4%."))
			.contains("Halvorsen Finance Corp. | Halvorsen's credit arm");
		assertThat(organisations("Profit at Halden Corp.'s insurance unit, Tamber Life Co., rose 4%."))
			.contains("Tamber Life Co. | Halden Corp.'s insurance unit");
	}

	@Test
	void an_arm_is_read_only_of_a_name_that_says_it_is_a_company() {
		assertThat(organisations("The nurse held the boy's arm, Jane Roe said.")).isEmpty();
	}

	@Test
	void a_share_owned_by_another_company_set_off_after_the_name() {
		assertThat(organisations("Ridgeway Drilling Co., which is 61%-owned by Pardee Oil Corp., reported a loss."))
			.contains("Ridgeway Drilling Co. | 61%-owned by Pardee Oil Corp.");
		assertThat(organisations("Ridgeway Drilling Co., 61%-owned by Pardee Oil Corp., reported a loss."))
			.contains("Ridgeway Drilling Co. | 61%-owned by Pardee Oil Corp.");
	}

	@Test
	void a_manager_with_its_place_set_off_after_it() {
		assertThat(
				organisations("Halcyon Fund, managed by Halcyon Capital Corp., Austin, said it would buy the chain."))
			.contains("Halcyon Fund | managed by Halcyon Capital Corp., Austin");
	}

	@Test
	void a_short_name_is_read_when_its_manager_is_a_company() {
		assertThat(organisations("Under the proposal, Vestra, managed by Orlin Capital Corp., would pay $12 cash."))
			.contains("Vestra | managed by Orlin Capital Corp.");
	}

	@Test
	void a_person_or_a_thing_managed_by_someone_is_no_company_relation() {
		assertThat(organisations("Jane Roe, owned by nobody, said hi.")).isEmpty();
		assertThat(organisations("The band, managed by Halcyon Capital Corp., said it would tour.")).isEmpty();
	}

	@Test
	void a_past_holding_with_had() {
		assertThat(organisations("Granfield Corp., which had owned nearly 60% of Bexley Corp., sold its stake."))
			.contains("Granfield Corp. | which had owned nearly 60% of Bexley Corp.");
	}

	@Test
	void a_copula_makes_the_subject_the_parent_or_the_unit() {
		assertThat(organisations("Marlow is the parent company of Marlow Bank & Trust Co., which runs nine offices."))
			.contains("Marlow | the parent company of Marlow Bank & Trust Co.");
		assertThat(organisations(
				"Halden, with some $40 million in deposits, is the parent of the Halden Bank, which runs four outlets."))
			.contains("Halden | the parent of the Halden Bank");
		assertThat(organisations("Brovo Corp. is a unit of Halden Corp."))
			.contains("Brovo Corp. | a unit of Halden Corp.");
	}

	@Test
	void a_unit_of_a_place_is_no_company_relation() {
		assertThat(organisations("Brovo Corp. is a unit of Texas.")).isEmpty();
	}

	@Test
	void the_company_owned_by_a_parent_is_not_itself_a_parent_company() {
		assertThat(
				organisations("Pellworth Holdings Inc., the parent company of Dunmore Bank, said its loss narrowed."))
			.contains("Pellworth Holdings Inc. | the parent company of Dunmore Bank")
			.noneMatch(found -> found.startsWith("Dunmore Bank"));
	}

	@Test
	void the_parent_of_a_company_whose_name_ends_in_its_possessive() {
		assertThat(organisations(
				"Pellworth Holdings Corp., the parent of the carpet retailer Pellworth's, said its loss narrowed."))
			.contains("Pellworth Holdings Corp. | the parent of the carpet retailer Pellworth's")
			.contains("Pellworth | carpet retailer");
		assertThat(organisations(
				"Marlow's Holdings Corp., the parent of the toy shop Marlow's, said its net profit rose."))
			.contains("Marlow's Holdings Corp. | the parent of the toy shop Marlow's")
			.noneMatch(found -> found.startsWith("Holdings Corp."));
	}

	@Test
	void the_company_that_leads_a_named_group() {
		assertThat(organisations("A group of creditors, led by Halden Bank of Ostland, has granted Brovo more time."))
			.contains("Halden Bank of Ostland | the leader of a group of creditors");
		assertThat(organisations("Brovo will be sold to a group of buyers led by Marlow Capital Partners."))
			.contains("Marlow Capital Partners | the leader of a group of buyers");
	}

	@Test
	void a_group_that_says_nothing_of_what_it_gathers_or_a_leader_after_a_verb_is_not_read() {
		assertThat(organisations("The group, led by Halden Corp., said it would bid.")).isEmpty();
		assertThat(organisations("The rally was led by Halden Corp. workers.")).isEmpty();
	}

}
