package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sports writing's descriptions before a name, in invented sentences: someone tipped to
 * win ("5,000m hope", "medal favourite"), a lone doer's word after a preposition ("with
 * walker"), and a time phrase that stands before a description and is no part of it.
 */
class ProspectsAndTimePhrasesTest {

	@Test
	void a_contest_word_before_hope_or_favourite_makes_a_role() {
		assertThat(roles("The team was hit by news that 5,000m hope Peter Grint had failed a test."))
			.containsExactly("Peter Grint | 5,000m hope");
		assertThat(roles("The sprint was won by Asian medal favourite Marie Dubois of France."))
			.containsExactly("Marie Dubois | Asian medal favourite");
		assertThat(roles("The crowd cheered title favourite Anna Berg all the way."))
			.containsExactly("Anna Berg | title favourite");
	}

	@Test
	void a_distance_without_a_comma_or_a_word_of_origin_opening_the_sentence_qualifies_a_hope() {
		assertThat(roles("British 1500m hope Jon Reyes was fourth.")).containsExactly("Jon Reyes | British 1500m hope");
		assertThat(roles("Olympic hope Carl Munt said he was pleased.")).containsExactly("Carl Munt | Olympic hope");
	}

	@Test
	void money_is_no_distance() {
		assertThat(roles("The club paid £5m hope Jon Reyes nothing.")).isEmpty();
	}

	@Test
	void hope_or_favourite_without_a_contest_word_is_a_verb_or_a_liking() {
		assertThat(roles("Officials hope Peter Grint will run again.")).isEmpty();
		assertThat(roles("We hope Peter Grint will run again.")).isEmpty();
		assertThat(roles("The fans have a new favourite Peter Grint.")).isEmpty();
	}

	@Test
	void a_lone_doer_after_with_or_by_is_a_noun() {
		assertThat(roles("Things got worse with walker Sam Tolley lucky to escape injury."))
			.containsExactly("Sam Tolley | walker");
		assertThat(roles("They tried to deliver Tom Reed to the police.")).isEmpty();
	}

	@Test
	void a_time_phrase_before_a_description_is_no_part_of_it() {
		assertThat(roles("Later in the year swimmer Jane Roe broke the record.")).containsExactly("Jane Roe | swimmer");
		assertThat(roles("Early this season striker Tom Vale scored twice.")).containsExactly("Tom Vale | striker");
	}

}
