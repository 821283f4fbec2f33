package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A party or firm in the possessive before a person says where the person belongs, and a
 * name listed right after with "and" and nothing of its own belongs there too; a person's
 * stance before the body ("pro-Halden") is no word of its name.
 */
class OwnedListMembersTest {

	@Test
	void a_party_named_by_its_initials_owns_each_person_listed_after_it() {
		assertThat(roles("Pro-Halden NWU's Mia Lowe and Tom Hale were elected on Sunday."))
			.contains("Mia Lowe | someone from NWU", "Tom Hale | someone from NWU");
		assertThat(roles("Other winners were KWU's Rita Vane and VRP's Bob Hart, both re-elected."))
			.contains("Rita Vane | someone from KWU", "Bob Hart | someone from VRP");
		assertThat(roles("Among the losers was the UGP's Nils Berg, who conceded at midnight."))
			.contains("Nils Berg | someone from UGP");
	}

	@Test
	void a_party_whose_name_opens_with_new_or_holds_common_words_still_owns_its_people() {
		assertThat(roles("The winners were New Horizon Party's Jane Roe and two others."))
			.contains("Jane Roe | someone from New Horizon Party");
		assertThat(roles("In the north, anti-tax New Dawn Party's Carl Moss was re-elected."))
			.contains("Carl Moss | someone from New Dawn Party");
	}

	@Test
	void a_noun_for_a_kind_of_body_before_a_one_word_name_makes_it_the_owner() {
		assertThat(roles("Campaign group Brightwater's Ben Dale was defeated in the district."))
			.contains("Ben Dale | someone from Brightwater");
	}

	@Test
	void a_second_name_with_its_own_body_or_word_or_a_person_listed_before_the_owner_gets_nothing() {
		assertThat(roles("Halden Group's Ann Lee and Tim Cole of Acme arrived late."))
			.contains("Ann Lee | someone from Halden Group")
			.noneMatch(line -> line.startsWith("Tim Cole | someone from Halden"));
		assertThat(roles("The Green League's Nina Fox and independent Paul Gray lost."))
			.noneMatch(line -> line.startsWith("Paul Gray | someone from"));
		assertThat(roles("Activists from the camp, Kim Lau and Brightwater's Yan Ho, were elected."))
			.noneMatch(line -> line.contains("someone from Kim Lau"));
		assertThat(roles("Critics told the BBC's World Service that the plan had failed."))
			.noneMatch(line -> line.contains("someone from BBC"));
	}

}
