package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.generation.extract.Fact;

/**
 * Any name set off by a noun phrase is described, whatever its kind, where no other
 * finder described it: the phrase is read by its parts of speech, the name's kind by the
 * phrase's head noun. Clauses, lists, opening phrases and eras give nothing.
 */
class KindsBeforeAnyNameTest {

	private static List<String> described(String body, List<Fact> found) {
		return LastResortReadings.of(new KindsBeforeAnyName(), body, found);
	}

	private static List<String> described(String body) {
		return described(body, List.of());
	}

	@Test
	void a_kind_of_thing_before_a_name_says_what_it_is() {
		assertThat(described("The team released its new album Starwake on Friday."))
			.containsExactly("thing Starwake | new album");
		assertThat(described("Norlandic researchers found the protein KR2-B in the samples."))
			.containsExactly("thing KR2-B | protein");
	}

	@Test
	void a_kind_of_body_or_place_before_a_name_is_asked_as_one() {
		assertThat(described("The firm told the daily newspaper Vellposten that it would appeal."))
			.containsExactly("organisation Vellposten | daily newspaper");
		assertThat(described("Fishermen pulled the boat from the river Orrin on Sunday."))
			.containsExactly("place Orrin | river");
	}

	@Test
	void a_person_noun_before_a_full_name_says_who_the_person_is() {
		assertThat(described("The record was set by Formula One driver Michael Teppo in 1994."))
			.containsExactly("person Michael Teppo | driver");
	}

	@Test
	void a_person_the_people_rules_describe_is_left_to_them() {
		assertThat(described("The bill was backed by district councillor Tomas Pilgrim and others.")).isEmpty();
	}

	@Test
	void a_relative_clause_a_plural_a_modifier_or_a_noun_of_time_gives_nothing() {
		assertThat(described("The album Jane Roe recorded in May sold well.")).isEmpty();
		assertThat(described("He told reporters Jane Roe would resign.")).isEmpty();
		assertThat(described("Fans watched the football World Cup on Sunday.")).isEmpty();
		assertThat(described("The day Jane Roe left, the office closed.")).isEmpty();
		assertThat(described("In this area Ostland had done well.")).isEmpty();
		assertThat(described("He ran alongside the official Vell Says No campaign.")).isEmpty();
		assertThat(described("The bacterium Ornella vellis was discovered in the lake.")).isEmpty();
	}

	@Test
	void a_doer_before_a_one_word_name_may_be_a_firm_or_a_person_and_gives_nothing() {
		assertThat(described("The match ended when skipper Varga lifted the cup.")).isEmpty();
	}

}
