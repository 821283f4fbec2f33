package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A sentence of its own that says what a company is by its rank or its kind among others.
 * Each shape in an invented sentence.
 */
class RankedCopulasTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_rank_in_the_world_is_what_the_company_is() {
		assertThat(organisations("Fordham Motors Co. cut output. Fordham is the world's fourth-largest steelmaker."))
			.contains("Fordham Motors Co. | the world's fourth-largest steelmaker");
	}

	@Test
	void a_second_rank_with_its_noun_left_out_stays_with_the_first() {
		assertThat(organisations("Fordham Motors Co. cut output. Fordham is the world's fourth-largest steelmaker and "
				+ "the nation's largest."))
			.contains("Fordham Motors Co. | the world's fourth-largest steelmaker and the nation's largest");
	}

	@Test
	void a_clause_after_a_comma_is_no_part_of_the_rank() {
		assertThat(organisations("Harwell Air is the world's most punctual airline, having renewed its fleet."))
			.contains("Harwell Air | the world's most punctual airline");
	}

	@Test
	void one_of_a_countrys_makers_keeps_its_goods_and_what_it_once_was() {
		assertThat(organisations("Velmar Co. was once one of Norway's premier makers of small, fast fishing boats."))
			.contains("Velmar Co. | once one of Norway's premier makers of small, fast fishing boats");
	}

	@Test
	void a_place_set_off_after_the_name_is_no_part_of_what_it_is() {
		assertThat(organisations("Brantwell Corp. sold shares. Brantwell, Tulsa, Okla., is a banking and "
				+ "real-estate holding company."))
			.contains("Brantwell Corp. | a banking and real-estate holding company");
	}

	@Test
	void firsts_expectations_comparisons_and_people_tell_nothing() {
		String text = "Talbot Corp. cut jobs. Talbot is the first company to sell shares online. Talbot is expected "
				+ "to become the world's largest maker of pumps. Talbot is bigger than the nation's largest bank. "
				+ "Talbot is the world's largest maker, analysts said.";
		assertThat(organisations(text)).noneMatch(fact -> fact.startsWith("Talbot"));
		assertThat(organisations("Smith was once one of the country's top producers of films.")).isEmpty();
	}

}
