package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name after "where", "which" or "whom" is the subject of a relative clause set off
 * before the speech verb, not of the verb: the words are those of the name that opens the
 * sentence, or of no one.
 */
class SubjectsOfRelativeClausesQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	private static final String KNOWN = "Tom Carver, an engineer, was taken from his car on Sunday. "
			+ "Carver had worked in the hills for years. ";

	@Test
	void the_name_opening_the_sentence_speaks_not_the_one_in_the_relative_clause() {
		assertThat(quotes(KNOWN + "Jane Roe of the Hill Water Project, the charity where Carver was working, told "
				+ "The Daily Courier: \"We are trying to reach the people who took our colleague.\""))
			.containsExactly("Jane Roe :: We are trying to reach the people who took our colleague.");
		assertThat(quotes(KNOWN + "Ann Lowe, head of the school which Carver had founded, said the village was "
				+ "\"in shock after the news from the hills\"."))
			.containsExactly("Ann Lowe :: in shock after the news from the hills");
	}

	@Test
	void with_no_name_opening_the_sentence_no_one_is_answered() {
		assertThat(quotes(KNOWN + "The charity, where Carver was a trustee, said it was \"doing everything it can "
				+ "to bring him home safely\"."))
			.noneMatch(q -> q.startsWith("Tom Carver"));
	}

}
