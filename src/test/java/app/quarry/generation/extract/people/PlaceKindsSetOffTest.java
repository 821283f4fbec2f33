package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A place set off by an apposition whose last word is a noun for a kind of land, water or
 * settlement is described by that apposition, however the noun is qualified.
 */
class PlaceKindsSetOffTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_qualified_capital_with_no_country_is_still_a_description() {
		assertThat(found("The storm passed 40 miles north of Corvel, the provincial capital, on Monday."))
			.contains("Corvel | the provincial capital");
		assertThat(
				found("The quake struck south of Port Arven, the regional capital, located on the tip of the island."))
			.contains("Port Arven | the regional capital");
		assertThat(found("Aid arrived in Belvan, the provincial capital of Norland, on Friday."))
			.contains("Belvan | the provincial capital of Norland");
	}

	@Test
	void a_belt_a_nation_or_a_coastal_town_is_what_the_place_is() {
		assertThat(found("Residents fled toward Morwen Ridge, a major volcanic belt."))
			.contains("Morwen Ridge | a major volcanic belt");
		assertThat(found("She grew up in Tarvania, the world's most populous island nation."))
			.contains("Tarvania | the world's most populous island nation");
		assertThat(found("The storm flooded streets in Lunden, a small coastal town, overnight."))
			.contains("Lunden | a small coastal town");
	}

	@Test
	void a_noun_that_is_no_last_word_or_stands_alone_describes_nothing() {
		assertThat(found("In Arvena, the city council said it would act.")).noneMatch(f -> f.startsWith("Arvena"));
		assertThat(found("In Belmont, the northern town's mayor resigned.")).noneMatch(f -> f.startsWith("Belmont"));
		assertThat(found("In Norland, a state of emergency was declared.")).noneMatch(f -> f.startsWith("Norland"));
		assertThat(found("In Corvel, the old city remained calm.")).noneMatch(f -> f.startsWith("Corvel"));
		assertThat(found("The trip took him to Harwick, the city, and then home."))
			.noneMatch(f -> f.startsWith("Harwick"));
		assertThat(found("Tickets are sold in Eldon, Farley, the main town and Gorse."))
			.noneMatch(f -> f.startsWith("Farley") || f.startsWith("Eldon"));
	}

}
