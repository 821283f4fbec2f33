package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/** The posts people hold in companies, as business news sets them off after a name. */
class CompanyOfficerShapesTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void a_post_in_a_company_of_two_words_is_a_role_not_a_second_name() {
		assertThat(people(
				"\"The kilns need another month,\" said Carl Meadows Jr., Van Horn's chairman and chief executive officer, at a trade fair."))
			.contains("Carl Meadows Jr. | Van Horn's chairman and chief executive officer");
	}

	@Test
	void a_post_followed_by_a_name_is_that_names() {
		assertThat(people("Of those who stayed in Ostland, Jon Voss's father, Karl Voss, seems the most content."))
			.noneMatch(found -> found.startsWith("Ostland"));
	}

	@Test
	void a_list_of_names_stays_a_list() {
		assertThat(people("The prize went to Carl Meadows, Ann Lee and Tom Akers."))
			.noneMatch(found -> found.startsWith("Carl Meadows | Ann"));
	}

}
