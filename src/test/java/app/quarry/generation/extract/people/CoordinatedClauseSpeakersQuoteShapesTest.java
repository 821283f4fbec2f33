package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ", and the regulator says …", ", but critics said …": a conjunction after a comma opens
 * a clause with its own subject. Its speech verb belongs to that subject (a body named by
 * its initials is read by the name spelled out earlier), never to the subject of the
 * clause before.
 */
class CoordinatedClauseSpeakersQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	private static final String KNOWN = "Acme sent the film to the Harbour Safety Authority (HSA) last week. "
			+ "\"We will fight this,\" Acme said. ";

	@Test
	void a_body_named_by_its_initials_after_and_speaks_its_own_words() {
		assertThat(quotes(KNOWN + "Acme, which has never lost a case, says the film is \"false and spiteful\", and "
				+ "the HSA says it is \"built on false and misleading claims\"."))
			.contains("Acme :: false and spiteful", "Harbour Safety Authority :: built on false and misleading claims");
		assertThat(quotes(KNOWN + "Acme calls the report \"a pack of lies from start to finish\", but the HSA "
				+ "insists it is \"accurate in every detail that matters\"."))
			.contains("Harbour Safety Authority :: accurate in every detail that matters");
	}

	@Test
	void a_described_subject_after_but_speaks_its_own_words() {
		assertThat(quotes(KNOWN + "Acme says the film is \"false and spiteful\", and the ministry says it is "
				+ "\"built on false and misleading claims\"."))
			.contains("the ministry :: built on false and misleading claims");
	}

	@Test
	void the_first_clauses_subject_never_takes_the_second_clauses_words() {
		assertThat(quotes(KNOWN + "Acme praised the film, but critics said it was \"a shallow piece of work from a "
				+ "tired director\"."))
			.noneMatch(q -> q.startsWith("Acme :: a shallow"));
		assertThat(quotes(KNOWN + "Acme called the film a smear, while critics said the firm was \"hiding behind "
				+ "its lawyers as it always has\"."))
			.noneMatch(q -> q.startsWith("Acme :: hiding"));
	}

}
