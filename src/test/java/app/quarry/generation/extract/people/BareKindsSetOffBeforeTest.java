package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A bare title of a kind of body, set off by a comma before its name after a verb or a
 * preposition, says what the body is, as a title without its article does before a
 * person's name.
 */
class BareKindsSetOffBeforeTest {

	@Test
	void a_bare_kind_after_a_verb_describes_the_name_set_off_after_it() {
		assertThat(FoundOrganisations.in("The charity is urging energy regulator, Powerco, to cut the cost of calls."))
			.contains("Powerco | energy regulator");
	}

	@Test
	void a_bare_kind_after_a_preposition_describes_a_name_with_its_article() {
		assertThat(FoundOrganisations.in("The fine was set by financial watchdog, the Dunmore Authority, last week."))
			.contains("Dunmore Authority | financial watchdog");
	}

	@Test
	void a_kind_in_a_list_or_with_no_word_of_its_own_describes_nothing() {
		assertThat(FoundOrganisations.in("They met banks, insurers, regulator, Powerco and others."))
			.noneMatch(fact -> fact.startsWith("Powerco | "));
		assertThat(FoundOrganisations.in("The charity is urging regulator, Powerco, to cut the cost of calls."))
			.noneMatch(fact -> fact.startsWith("Powerco | "));
		assertThat(FoundOrganisations.in("The charity wrote to energy regulator, Powerco and Gridline, last week."))
			.noneMatch(fact -> fact.startsWith("Powerco | "));
	}

}
