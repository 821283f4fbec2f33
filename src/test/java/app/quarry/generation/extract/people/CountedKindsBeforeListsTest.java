package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A counted plural of an organisation's kind, set off before as many names: each name is
 * one of that kind.
 */
class CountedKindsBeforeListsTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void each_name_after_a_counted_kind_is_one_of_that_kind() {
		assertThat(organisations(
				"The growers were backed at the hearing by two consumer rights organizations, the Harvest Justice Institute and the National Grain Growers Union."))
			.contains("Harvest Justice Institute | consumer rights organization",
					"National Grain Growers Union | consumer rights organization");
	}

	@Test
	void a_count_the_names_do_not_match_describes_none_of_them() {
		assertThat(organisations(
				"The growers were backed at the hearing by three consumer rights organizations, the Harvest Justice Institute and the National Grain Growers Union."))
			.noneMatch(line -> line.endsWith("| consumer rights organization"));
	}

	@Test
	void a_count_with_no_word_of_kind_describes_nothing() {
		assertThat(organisations(
				"The growers were backed at the hearing by two organizations, the Harvest Justice Institute and the National Grain Growers Union."))
			.noneMatch(line -> line.endsWith("| organization"));
	}

}
