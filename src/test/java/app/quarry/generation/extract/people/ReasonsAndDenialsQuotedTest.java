package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * Words quoted after a naming verb are a name only when they could be one: a reason
 * opening with "as" or a preposition ("named “as a joke”") is the speaker's. Words handed
 * over by a participle set off after a denial ("denied claims that …, saying that “…”")
 * are the denier's own, not the claim's.
 */
class ReasonsAndDenialsQuotedTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_reason_quoted_after_a_naming_verb_is_the_tellers() {
		assertThat(quotes("Comet named\n\nJane Roe, an astronomer at Upton, spoke on Monday. Professor Roe told "
				+ "the Gazette that the comet was named \"as a joke\".\n"))
			.containsExactly("Jane Roe :: as a joke");
		assertThat(quotes("Comet named\n\nJane Roe, an astronomer at Upton, spoke on Monday. Roe said the comet "
				+ "was named \"for the children of the valley\".\n"))
			.containsExactly("Jane Roe :: for the children of the valley");
	}

	@Test
	void a_name_quoted_after_a_naming_verb_stays_a_label() {
		assertThat(quotes("Comet named\n\nJane Roe, an astronomer at Upton, spoke on Monday. Roe said the comet "
				+ "was named \"Silver Arrow\" after her grandmother's horse.\n"))
			.noneMatch(q -> q.startsWith("Jane Roe"));
	}

	@Test
	void words_after_a_participle_that_follows_a_denial_are_the_deniers() {
		assertThat(quotes("Flu warning\n\nJane Roe, the health minister, spoke on Monday. Roe denied claims that "
				+ "the state was scaring people, saying that \"once you fall behind a flu, you never catch up.\"\n"))
			.containsExactly("Jane Roe :: once you fall behind a flu, you never catch up.");
	}

	@Test
	void words_inside_the_denied_claim_stay_others() {
		assertThat(quotes("Flu warning\n\nJane Roe, the health minister, spoke on Monday. Roe denied claims that "
				+ "the state was \"scaring people for no reason at all\".\n"))
			.noneMatch(q -> q.startsWith("Jane Roe"));
	}

}
