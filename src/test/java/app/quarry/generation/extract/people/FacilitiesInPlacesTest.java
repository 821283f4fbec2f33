package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A site named by its kind (a hospital, a university, a festival) followed by "in" and a
 * place is described as that kind of site in that place.
 */
class FacilitiesInPlacesTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_site_followed_by_in_and_a_town_is_that_kind_of_site_in_that_town() {
		assertThat(found("Six people were hurt in a fire at the Western Arden University in Pellston, Ohio."))
			.contains("Western Arden University | a university in Pellston, Ohio");
		assertThat(found("The film will show at the Greyfield Horror Film Festival in Greyfield, Vermont in November."))
			.contains("Greyfield Horror Film Festival | a festival in Greyfield, Vermont");
		assertThat(found("Fans packed Halvern Stadium in Dorvale on Sunday."))
			.contains("Halvern Stadium | a stadium in Dorvale");
		assertThat(found("The Kingsley Hotel in Brighton, England, was evacuated."))
			.contains("Kingsley Hotel | a hotel in Brighton, England");
		assertThat(found("The Tolland Tower in downtown Marlow was badly damaged."))
			.contains("Tolland Tower | a tower in downtown Marlow");
	}

	@Test
	void a_time_a_building_or_a_body_after_in_says_nothing_of_where_the_site_is() {
		assertThat(found("He studied at Kelso University in the 1990s.")).noneMatch(f -> f.startsWith("Kelso"));
		assertThat(found("The Brenford Museum in May opened a new wing.")).noneMatch(f -> f.startsWith("Brenford"));
		assertThat(found("She was taken to Marlow General Hospital in Leeds Crown Court."))
			.noneMatch(f -> f.startsWith("Marlow"));
		assertThat(found("The Norland Labour Party in Ostby chose a leader.")).noneMatch(f -> f.contains("Ostby"));
		assertThat(found("The Arden College in Pellston, Jane Roe said, will close."))
			.noneMatch(f -> f.contains("Jane Roe"));
	}

	@Test
	void a_person_whose_surname_is_a_site_word_is_no_site() {
		assertThat(found("Min-ho Park in Ostby said the talks had failed.")).noneMatch(f -> f.contains("a park"));
		assertThat(found("Jane Park in Pellston told reporters she would appeal."))
			.noneMatch(f -> f.contains("a park"));
		assertThat(found("Fans crowded Halvern Park in Dorvale on Sunday."))
			.contains("Halvern Park | a park in Dorvale");
	}

}
