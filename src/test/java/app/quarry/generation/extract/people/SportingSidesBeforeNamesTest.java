package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sports page calls a club or a national team a "side", "giants", "rivals" or an
 * "outfit" before its name; each read in an invented sentence.
 */
class SportingSidesBeforeNamesTest {

	@Test
	void a_qualified_side_before_a_club_describes_the_club() {
		assertThat(FoundOrganisations.in("Norvian side Acme Rovers beat the visitors on Sunday."))
			.contains("Acme Rovers | Norvian side");
		assertThat(FoundOrganisations.in("The champions lost to English side Carlow on penalties."))
			.contains("Carlow | English side");
		assertThat(FoundOrganisations.in("They drew with the Dutch outfit Boxford Town in the group."))
			.contains("Boxford Town | Dutch outfit");
	}

	@Test
	void plural_giants_and_rivals_name_a_single_club() {
		assertThat(FoundOrganisations.in("Westrian giants Halvard won the league again."))
			.contains("Halvard | Westrian giants");
		assertThat(FoundOrganisations.in("They finished ten points behind their city rivals Dunmore City."))
			.contains("Dunmore City | city rivals");
		assertThat(FoundOrganisations.in("The derby was lost to arch rivals Boxford United in March."))
			.contains("Boxford United | arch rivals");
	}

	@Test
	void a_bare_noun_or_a_list_after_a_plural_gives_no_description() {
		assertThat(FoundOrganisations.in("They won against rivals Acme on Sunday."))
			.noneMatch(found -> found.contains("rivals"));
		assertThat(FoundOrganisations.in("Her political rivals Jane Roe and John Doe both lost."))
			.noneMatch(found -> found.contains("rivals"));
		assertThat(FoundOrganisations.in("On the far side Acme Park lay empty."))
			.noneMatch(found -> found.contains("side"));
		assertThat(FoundOrganisations.in("They lost to top-flight side Halvard Town in the cup."))
			.contains("Halvard Town | top-flight side");
	}

}
