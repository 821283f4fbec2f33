package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A company named right after "rival" is the rival of the company its sentence is about:
 * the one "its" stands for, or the one organisation named before in the sentence.
 */
class NamedRivalsTest {

	private static List<String> found(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void its_rival_is_the_rival_of_the_company_its_stands_for() {
		assertThat(found("Brovex Corp. said its rival Tamsin Group would cut prices next month."))
			.contains("Tamsin Group | a rival of Brovex Corp.");
		assertThat(found("Brovex Corp. lost ground as its main rival, Tamsin Group, grew."))
			.contains("Tamsin Group | Brovex Corp.'s main rival");
	}

	@Test
	void a_bare_rival_is_the_rival_of_the_one_company_named_before_it() {
		assertThat(found("Brovex Corp., which has lagged behind rival Tamsin Group Inc., lost share in the market."))
			.contains("Tamsin Group Inc. | a rival of Brovex Corp.");
	}

	@Test
	void a_sentence_opening_with_its_is_about_the_one_company_of_the_sentence_before() {
		assertThat(found(
				"Brovex Inc. reported a profit of $3m. Its profit was dwarfed by the $20m of rival Tamsin Group."))
			.contains("Tamsin Group | a rival of Brovex Inc.");
		assertThat(found("Brovex Inc. and Halden Inc. reported profits. Its profit trailed rival Tamsin Group."))
			.noneMatch(fact -> fact.startsWith("Tamsin"));
	}

	@Test
	void an_owner_with_no_suffix_counts_when_the_text_describes_it_as_an_organisation() {
		assertThat(found("Askwell, an online search firm, said sales rose. Askwell posted a loss. "
				+ "Its loss was dwarfed by the profit of rival Tamsin."))
			.contains("Tamsin | a rival of Askwell");
		assertThat(found("Askwell posted a loss. Its loss was dwarfed by the profit of rival Tamsin."))
			.noneMatch(fact -> fact.startsWith("Tamsin"));
	}

	@Test
	void a_rival_with_no_single_company_before_it_or_someone_elses_gives_nothing() {
		assertThat(found("Brovex Corp. and Halden Inc. both trailed rival Tamsin Group in the quarter."))
			.noneMatch(fact -> fact.startsWith("Tamsin"));
		assertThat(found("Prices fell after rival Tamsin Group cut its fees."))
			.noneMatch(fact -> fact.startsWith("Tamsin"));
		assertThat(found("Brovex Corp. sold shares to their rival Tamsin Group."))
			.noneMatch(fact -> fact.startsWith("Tamsin"));
	}

	@Test
	void rivals_listed_after_a_verb_take_no_description_from_the_verb() {
		assertThat(found("Sales rose as the carmaker outsold rivals Brovex and Tamsin Motors."))
			.noneMatch(fact -> fact.contains("outsold"));
		assertThat(found("The deal pits it against Danish rivals Brovex and Tamsin Motors."))
			.contains("Brovex | Danish rival", "Tamsin Motors | Danish rival");
	}

	@Test
	void a_person_after_rival_is_left_to_the_rules_for_people() {
		assertThat(found("Brovex Corp. hired Mr. John Smith, who beat rival Jane Roe to the job."))
			.noneMatch(fact -> fact.startsWith("Jane Roe"));
	}

}
