package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A card away from its sentence cannot say whose "its" is: a pronoun opening a role is
 * left out where the rest still describes, and a role with a pronoun inside is not asked.
 */
class DanglingPossessivesTest {

	private static List<String> personQuestions(String text) {
		return ExtractedDocument.questions(text)
			.stream()
			.filter(q -> q.type().equals("person"))
			.map(q -> q.prompt() + " -> " + q.answer())
			.toList();
	}

	@Test
	void a_pronoun_opening_a_role_is_left_out() {
		assertThat(DanglingPossessives.resolved("its chief operating officer")).isEqualTo("chief operating officer");
		assertThat(DanglingPossessives.resolved("their lead negotiator")).isEqualTo("lead negotiator");
		assertThat(DanglingPossessives.resolved("chief executive")).isEqualTo("chief executive");
	}

	@Test
	void a_role_with_a_pronoun_inside_is_no_answer() {
		assertThat(DanglingPossessives.resolved("chief operating officer of its Asian unit")).isNull();
		assertThat(DanglingPossessives.resolved("one of its directors")).isNull();
		assertThat(DanglingPossessives.resolved("its head of their office")).isNull();
	}

	@Test
	void his_or_her_inside_a_role_speaks_of_the_person_described() {
		assertThat(DanglingPossessives.resolved("the fastest runner on her team"))
			.isEqualTo("the fastest runner on her team");
		assertThat(DanglingPossessives.resolved("his campaign manager")).isEqualTo("campaign manager");
	}

	@Test
	void no_card_or_prompt_speaks_of_an_owner_it_does_not_name() {
		List<String> questions = personQuestions(
				"Brindle Works Ltd. said on Tuesday that Carla Venn, its chief operating officer, will step down. "
						+ "The firm also named Oskar Tamm chief operating officer of its Nordic unit.");
		assertThat(questions).noneMatch(q -> q.matches("(?i).*\\b(?:its|their)\\b.*"));
	}

	@Test
	void a_name_in_a_pronoun_is_still_no_reason_to_refuse() {
		assertThat(DanglingPossessives.resolved("Itsuki Group chairman")).isEqualTo("Itsuki Group chairman");
		assertThat(DanglingPossessives.resolved("heritage officer")).isEqualTo("heritage officer");
	}

}
