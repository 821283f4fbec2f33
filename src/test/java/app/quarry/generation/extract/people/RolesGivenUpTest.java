package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role a person is to lose or hand on, told by "oust", "replace" or "succeed" and
 * "as", each in an invented sentence.
 */
class RolesGivenUpTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void the_person_to_be_ousted_holds_the_role_at_the_company_named_after_of() {
		assertThat(people("Mr. Victor Hale already is seeking to oust Mr. Tom Brandt as chairman of Dorrit Corp., "
				+ "a Borel affiliate."))
			.contains("Tom Brandt | chairman of Dorrit Corp.");
	}

	@Test
	void the_person_to_be_succeeded_holds_the_role() {
		assertThat(people("The board named Jane Roe to succeed Paul Kent as chief executive officer."))
			.contains("Paul Kent | chief executive officer");
	}

	@Test
	void words_after_as_that_end_in_no_role_give_none() {
		assertThat(people("The group hopes to replace Anna Weiss as the face of the brand."))
			.containsExactly("Anna Weiss | null");
	}

}
