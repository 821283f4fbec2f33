package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A thing named right after the noun for its kind is described by that noun and its
 * modifiers; a name that may open a clause of its own, or a noun that is no kind of
 * thing, describes nothing.
 */
class ThingsAfterTheirKindTest {

	private static List<String> things(String text) {
		return FoundThings.things(new ThingsAfterTheirKind(), text);
	}

	@Test
	void a_name_after_a_kind_of_thing_is_described_by_the_kind() {
		assertThat(things("Doctors prescribed the sedative Veltrin to the patients."))
			.containsExactly("Veltrin | a sedative");
		assertThat(things("Astronomers tracked the small asteroid Tarsus for a week."))
			.containsExactly("Tarsus | a small asteroid");
		assertThat(things("She launched her graphic novel Blue Harbour at the fair."))
			.containsExactly("Blue Harbour | a graphic novel");
		assertThat(things("Critics praised the album Night Roads, which topped the charts."))
			.containsExactly("Night Roads | an album");
		assertThat(things("Their paper appeared in journal Ocean Notes yesterday."))
			.containsExactly("Ocean Notes | a journal");
	}

	@Test
	void a_name_that_may_open_a_clause_is_left_alone() {
		assertThat(things("The company sells the drug Acme makes in Ohio.")).isEmpty();
		assertThat(things("Users of the mapping program Atlasview complained.")).isEmpty();
	}

	@Test
	void a_person_a_month_or_a_noun_for_no_thing_is_left_alone() {
		assertThat(things("They watched the film Jane Roe directed.")).isEmpty();
		assertThat(things("The ruling in March was welcomed.")).isEmpty();
		assertThat(things("He met the manager Tom Brook at noon.")).isEmpty();
	}

}
