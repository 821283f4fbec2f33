package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A party, an army or a movement described by its cause or its side right before its
 * name, the way wire stories introduce one.
 */
class OrganisationCreedsTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_cause_before_a_name_that_ends_in_an_organisation_word_describes_it() {
		assertThat(found("Officials say they hope to disarm the pro-independence Vetra Liberation Army."))
			.contains("Vetra Liberation Army | a pro-independence army");
		assertThat(found("A false address will cost the far-right Norland Freedom Union a large fine."))
			.contains("Norland Freedom Union | a far-right union");
		assertThat(found("His uncle, backed by the anti-Ostland Westrian Unity Foundation, is fighting in court."))
			.contains("Westrian Unity Foundation | an anti-Ostland foundation");
		assertThat(found("The talks were boycotted by the opposition Norland National Party, its leader said."))
			.contains("Norland National Party | an opposition party");
	}

	@Test
	void a_cause_before_a_person_or_a_name_that_is_no_organisation_describes_nothing() {
		assertThat(found("The rally was led by the anti-war Senator Jane Roe on Friday.")).isEmpty();
		assertThat(found("The vote went to the pro-Ostland Vetra Valley on Friday.")).isEmpty();
		assertThat(found("He backed the pro-reform Ostland Party plan."))
			.noneMatch(fact -> fact.contains("pro-reform"));
	}

}
