package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A people's adjective before a one-word name used as a modifier ("a Polish Acme pilot")
 * tells where the pilot is from: the name is the one the document writes alone, and the
 * firm's words stay the firm's. Names that open with such a word and are never written
 * without it stay whole.
 */
class DemonymsBeforeKnownNamesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_firm_named_after_a_peoples_adjective_keeps_its_own_name() {
		List<String> found = quotes("Acme says the film is \"false and spiteful\". In 2004 a Polish Acme pilot got "
				+ "lost near the coast. Acme said the pilot had been \"fit to fly on every single day\".");
		assertThat(found).contains("Acme :: false and spiteful").noneMatch(q -> q.startsWith("Polish"));
	}

	@Test
	void a_name_never_written_without_the_adjective_stays_whole() {
		assertThat(
				DemonymsBeforeKnownNames.adjectiveAt(tokens("Staff at British Airways said the strike was off."), 2, 4))
			.isFalse();
		assertThat(DemonymsBeforeKnownNames
			.adjectiveAt(tokens("A British Airways pilot spoke. The Airways staff agreed. The airline said no."), 1, 3))
			.isFalse();
	}

	@Test
	void the_adjective_is_cut_only_when_the_name_is_written_alone() {
		assertThat(DemonymsBeforeKnownNames.adjectiveAt(tokens("Acme grew fast. A Polish Acme pilot got lost."), 5, 7))
			.isTrue();
		assertThat(DemonymsBeforeKnownNames.adjectiveAt(tokens("Acme grew fast. Polish Acme said no."), 4, 6))
			.isFalse();
	}

	private static DocumentTokens tokens(String text) {
		DocumentText document = DocumentText.of(text);
		return new DocumentTokens(document.cleanText(), document.sentences());
	}

}
