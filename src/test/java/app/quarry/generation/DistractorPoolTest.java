package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus' people and organisations as wrong answers, and as checks on right ones. */
class DistractorPoolTest {

	private static final DistractorPool POOL = pool(person("Ann Cole", "Washington senator"),
			person("Bill Marsh", "former Washington senator"), person("Rosa Lind", "senior analyst"),
			person("Nils Berg", "harbour analyst"), person("Paul Wolfowitz", "deputy secretary"),
			person("Ida Moss", "port director"), person("Iron Age", null), quote("Tom Reed"), quote("Kim Jong Un"),
			quote("Jang"), organisation("Harbor Board", "the port's regulator"),
			organisation("Port Trust", "a charity"));

	@Test
	void another_person_holding_the_asked_role_in_more_words_makes_it_ambiguous() {
		assertThat(POOL.othersWithRole("Ann Cole", "Washington senator")).isTrue();
		assertThat(POOL.othersWithRole("Ann Cole", "the senator")).isTrue();
		assertThat(POOL.othersWithRole("Ida Moss", "port director")).isFalse();
	}

	@Test
	void a_single_name_names_one_person_only_when_no_one_else_bears_it() {
		assertThat(POOL.onlyPersonCalled("Wolfowitz")).isFalse();
		assertThat(POOL.onlyPersonCalled("Moss")).isFalse();
		assertThat(POOL.onlyPersonCalled("Smith")).isTrue();
	}

	@Test
	void people_with_a_role_like_the_answers_come_first_and_no_one_with_the_asked_role() {
		List<String> others = POOL.people("Rosa Lind", "senior analyst", "seed");
		assertThat(others).hasSize(3).first().isEqualTo("Nils Berg");
		assertThat(POOL.people("Ann Cole", "senator", "seed")).doesNotContain("Ann Cole", "Bill Marsh");
	}

	@Test
	void a_name_with_no_role_and_no_words_is_no_person_to_offer() {
		assertThat(POOL.people("Ida Moss", "port director", "seed")).hasSize(3).doesNotContain("Iron Age");
		assertThat(POOL.people("Ida Moss", null, "another seed")).doesNotContain("Iron Age");
	}

	@Test
	void a_body_or_a_one_word_name_that_only_speaks_is_no_person_to_offer() {
		DistractorPool pool = pool(person("Ida Moss", "port director"), person("Ann Cole", "senior analyst"),
				person("Bill Marsh", "harbour analyst"), quote("Tom Reed"), quote("Norland"),
				new QuoteFact("“No”", 0, 1, "No", "the Norland government", true));
		assertThat(pool.people("Ida Moss", "port director", "seed")).containsExactlyInAnyOrder("Ann Cole", "Bill Marsh",
				"Tom Reed");
		assertThat(pool.people("Ida Moss", null, "another seed")).doesNotContain("Norland", "the Norland government");
	}

	@Test
	void two_forms_of_one_name_are_never_both_offered_nor_one_beside_the_answer() {
		DistractorPool pool = pool(person("Ida Moss", "port director"), person("Jon C. Hale", "senior analyst"),
				person("Jon Carl Hale", "harbour analyst"), person("Ann Cole", "pilot"), person("Bill Marsh", "clerk"),
				person("Ida Mae Moss", "port clerk"));
		for (String seed : List.of("one", "two", "three", "four", "five")) {
			List<String> others = pool.people("Ida Moss", null, seed);
			assertThat(others).hasSize(3).doesNotContain("Ida Mae Moss");
			assertThat(others.contains("Jon C. Hale") && others.contains("Jon Carl Hale")).isFalse();
		}
	}

	@Test
	void other_speakers_are_offered_before_people_with_a_role_never_a_single_name() {
		assertThat(POOL.speakers("Tom Reed", "seed")).hasSize(3)
			.startsWith("Kim Jong Un")
			.doesNotContain("Tom Reed", "Jang");
		assertThat(POOL.speakers("Kim Jong-un", "seed")).doesNotContain("Kim Jong Un");
	}

	@Test
	void organisations_are_checked_by_the_words_of_their_descriptions() {
		assertThat(POOL.otherOrganisationDescribedAs("Port Trust", "the port's regulator")).isTrue();
		assertThat(POOL.otherOrganisationDescribedAs("Harbor Board", "regulator")).isFalse();
		assertThat(POOL.organisations("Harbor Board", "the port's regulator", "seed")).containsExactly("Port Trust");
	}

	@Test
	void an_organisation_the_description_names_is_no_wrong_answer_to_it() {
		assertThat(POOL.organisations("Harbor Board", "a unit of Port Trust", "seed")).isEmpty();
	}

	@Test
	void the_same_seed_draws_the_same_people() {
		assertThat(POOL.people("Ida Moss", null, "a sentence")).isEqualTo(POOL.people("Ida Moss", null, "a sentence"));
	}

	private static DistractorPool pool(Fact... facts) {
		return new DistractorPool(List.of(new SourceDocument(new BankDocument("d", "D", "2021-03-02", null, null, "00"),
				"", List.of(), List.of(facts))));
	}

	private static Fact person(String name, String role) {
		return new PersonFact(name, 0, 1, name, role);
	}

	private static Fact quote(String speaker) {
		return new QuoteFact("“Yes”", 0, 1, "Yes", speaker);
	}

	private static Fact organisation(String name, String description) {
		return new EntityFact(name, 0, 1, name, description);
	}

}
