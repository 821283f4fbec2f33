package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A place introduced by the noun for its kind before "of" and its name is described by
 * those words, whatever the order of the country's adjective and the plain words.
 */
class PlacesNamedAfterTheirKindTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_country_adjective_before_a_compound_kind_is_kept_with_it() {
		assertThat(found("The tanker was heading for the Norlandic port city of Vetra when it was boarded."))
			.contains("Vetra | a Norlandic port city");
		assertThat(found("Rescuers reached the Ostlandic mountain village of Kessel on Tuesday."))
			.contains("Kessel | an Ostlandic mountain village");
	}

	@Test
	void a_kind_after_a_plain_word_is_described_by_both() {
		assertThat(found("Aid was flown to the island nation of the Morrows on Monday."))
			.contains("Morrows | an island nation");
		assertThat(found("The flood reached the small town of Brackley, where 30 homes were lost."))
			.contains("Brackley | a small town");
		assertThat(found("Troops crossed into the tiny kingdom of Arvenia on Friday."))
			.contains("Arvenia | a tiny kingdom");
	}

	@Test
	void a_country_name_or_initials_opening_with_u_take_a() {
		assertThat(found("Storms hit the United Provinces city of Harlow, Westland, on Monday."))
			.contains("Harlow | a United Provinces city");
		assertThat(found("Floods closed roads in the UK county of Brackshire on Friday."))
			.contains("Brackshire | a UK county");
	}

	@Test
	void a_kind_that_says_nothing_alone_needs_a_word_before_it() {
		assertThat(found("The head of the state of Vestmark resigned.")).noneMatch(f -> f.startsWith("Vestmark"));
		assertThat(found("The preacher spoke of the kingdom of Heaven on Sunday."))
			.noneMatch(f -> f.startsWith("Heaven"));
		assertThat(found("Crowds gathered in the southern state of Vestmark on Sunday."))
			.contains("Vestmark | a southern state");
	}

	@Test
	void no_place_noun_before_of_describes_nothing() {
		assertThat(found("She is the eldest daughter of Jane Roe and lives in the city."))
			.noneMatch(f -> f.startsWith("Jane Roe"));
		assertThat(found("The chairman of the Morrow Group said the Council of Ostland would meet."))
			.noneMatch(f -> f.endsWith("chairman") || f.contains("Council"));
	}

}
