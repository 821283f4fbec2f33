package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An abbreviation in brackets after a name whose initials miss it by one letter still
 * says what the abbreviation stands for; a name that shares only its first letter, or a
 * person's two names, does not.
 */
class LooselySpelledAbbreviationsTest {

	@Test
	void a_last_word_the_abbreviation_leaves_out_still_spells_it_out() {
		assertThat(FoundOrganisations
			.in("The scheme is being trialled by the Northern Trust for Blind Readers Everywhere (NTBR), but the charity says it costs too much."))
			.contains("NTBR | Northern Trust for Blind Readers Everywhere");
	}

	@Test
	void a_word_the_writer_left_out_of_the_name_still_spells_it_out_without_the_possessive() {
		assertThat(FoundOrganisations
			.in("The Garden Association for Europe's (GMAE) new scheme lets owners register mowers."))
			.contains("GMAE | Garden Association for Europe");
	}

	@Test
	void abbreviations_close_together_are_each_found_after_a_bracket_that_holds_none() {
		assertThat(
				FoundOrganisations.in("Funds (some 40) went to the Northern Trust for Blind Readers Everywhere (NTBR) "
						+ "and the Garden Association for Europe's (GMAE) scheme."))
			.contains("NTBR | Northern Trust for Blind Readers Everywhere", "GMAE | Garden Association for Europe");
	}

	@Test
	void an_exact_spelling_drops_the_possessive_before_the_bracket() {
		assertThat(FoundOrganisations.in("The Harbour Pilots Guild's (HPG) new rules start in May."))
			.contains("HPG | Harbour Pilots Guild");
	}

	@Test
	void initials_two_letters_away_or_a_persons_names_spell_nothing() {
		assertThat(FoundOrganisations.in("The deal was backed by the Kestrel Bank of Upton (KXYZ) last week."))
			.noneMatch(fact -> fact.startsWith("KXYZ"));
		assertThat(FoundOrganisations.in("The plan was drawn up by Jane Roe (JRW) and her team."))
			.noneMatch(fact -> fact.startsWith("JRW"));
		assertThat(LooseAcronyms.nearlySpells("NTBR", "Northern Trust for Blind Readers Everywhere")).isTrue();
		assertThat(LooseAcronyms.nearlySpells("ABCD", "Zeta Bravo Charlie Delta")).isFalse();
	}

	@Test
	void with_and_at_inside_a_name_carry_no_initial_as_of_and_for_do() {
		assertThat(FoundOrganisations.in("The Foundation for Children with Asthma (FCA) is sponsoring the climb."))
			.contains("FCA | Foundation for Children with Asthma");
	}

}
