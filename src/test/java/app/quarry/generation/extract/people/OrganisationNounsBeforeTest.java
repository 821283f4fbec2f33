package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A description right before an organisation's name keeps the whole name of its owner,
 * however many words the owner takes.
 */
class OrganisationNounsBeforeTest {

	@Test
	void an_owner_of_several_words_stays_whole() {
		assertThat(FoundOrganisations
			.in("The Ruritanian Republic's largest car manufacturer Tellco Motors named a new chief."))
			.contains("Tellco Motors | the Ruritanian Republic's largest car manufacturer");
		assertThat(FoundOrganisations.in("Ruritania's largest carmaker Tellco Motors named a new chief."))
			.contains("Tellco Motors | Ruritania's largest carmaker");
	}

	@Test
	void a_description_never_opens_on_a_bare_possessive() {
		assertThat(FoundOrganisations
			.in("The Ruritanian Republic's largest car manufacturer Tellco Motors named a new chief."))
			.noneMatch(found -> found.contains("| 's"));
	}

	@Test
	void a_verb_before_the_description_ends_it() {
		assertThat(FoundOrganisations.in("The alliance adds freight company Tellco Systems to its members."))
			.contains("Tellco Systems | freight company")
			.noneMatch(found -> found.contains("adds"));
		assertThat(FoundOrganisations.in("Shares in news agency Wirefast rose sharply."))
			.contains("Wirefast | news agency");
	}

	@Test
	void names_joined_by_slashes_stay_one_name() {
		assertThat(FoundOrganisations.in("Acme has agreed to buy Tellco//NetCount, the web research firm, for $20m."))
			.contains("Tellco//NetCount | the web research firm")
			.noneMatch(found -> found.startsWith("NetCount"));
	}

	@Test
	void a_word_that_counts_is_no_part_of_the_description() {
		assertThat(FoundOrganisations
			.in("At least one lobby group Drivers Against Speed Traps has claimed the plan is unfair."))
			.noneMatch(found -> found.contains("least"))
			.noneMatch(found -> found.contains("one lobby"));
	}

	@Test
	void a_verb_in_the_past_without_ed_ends_it_too() {
		assertThat(FoundOrganisations.in("The finals saw Canadian team Pixel Foxes beat the hosts."))
			.contains("Pixel Foxes | Canadian team")
			.noneMatch(found -> found.contains("saw"));
		assertThat(FoundOrganisations.in("The league chose rival club Tellco Rovers as its host."))
			.noneMatch(found -> found.contains("chose"));
	}

}
