package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "…," said the head of operations for Acme Lines, Jane Roe: the body is the object
 * inside the speaker's role, so the words are hers, not the body's. With no name set off
 * after the role, the body is still not the speaker. Every sentence is written for the
 * test.
 */
class HoldersOfRolesOverBodiesQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void the_name_set_off_after_a_role_over_a_body_is_the_speaker() {
		assertThat(quotes("\"We will appeal,\" said the head of operations for Bolt Shipping, Tom Reed."))
			.containsExactly("Tom Reed :: We will appeal");
		assertThat(quotes("\"Sales will recover,\" said Acme's vice-president for Northern Markets, Ann Cole."))
			.containsExactly("Ann Cole :: Sales will recover");
		assertThat(quotes("\"The ferry is safe,\" said the chief engineer at Harbour Lines, Rosa Lind, on Monday."))
			.containsExactly("Rosa Lind :: The ferry is safe");
		assertThat(quotes("\"It is a good day,\" said the mayor of Westport, Alan Pike."))
			.containsExactly("Alan Pike :: It is a good day");
		assertThat(quotes("\"No one was hurt,\" said a spokeswoman with Delta Freight, Ida Moss."))
			.containsExactly("Ida Moss :: No one was hurt");
	}

	@Test
	void a_named_speaker_right_after_the_verb_is_still_the_speaker() {
		assertThat(quotes("\"We will appeal,\" said Tom Reed, head of operations for Bolt Shipping."))
			.containsExactly("Tom Reed :: We will appeal");
		assertThat(quotes("\"We are ready,\" said Jane Roe of Acme Holdings, the harbour's largest employer."))
			.containsExactly("Jane Roe :: We are ready");
	}

}
