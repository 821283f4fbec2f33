package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A participle set off after a clause whose subject is someone described, not named ("A
 * lawyer for the families said …, saying “…”"), hands the words to that person, as the
 * description tells them, with the body they speak for.
 */
class DescribedSubjectsOfParticiplesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void the_described_subject_of_a_said_clause_speaks_the_participles_words() {
		assertThat(quotes("Families grieve\n\nFamilies of the crew met in Upton on Monday.\nA lawyer said some were "
				+ "still grieving, saying \"There has been no funeral and no goodbye for them at all.\"\n"))
			.containsExactly("a lawyer :: There has been no funeral and no goodbye for them at all.");
	}

	@Test
	void a_body_after_the_role_is_kept_with_it() {
		assertThat(quotes("Families grieve\n\nFamilies of the crew met in Upton on Monday.\nA lawyer for Acme "
				+ "Shipping said some were still grieving, saying \"Nobody has yet been told where the ship went "
				+ "down.\"\n"))
			.containsExactly("a lawyer for Acme Shipping :: Nobody has yet been told where the ship went down.");
	}

	@Test
	void a_subject_that_is_no_role_speaks_no_words() {
		assertThat(quotes("Families grieve\n\nFamilies of the crew met in Upton on Monday.\nA storm near the "
				+ "coast delayed the search, leaving one crew member saying \"We cannot reach them in this "
				+ "weather at all.\"\n"))
			.noneMatch(q -> q.startsWith("a storm") || q.startsWith("A storm"));
	}

}
