package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words a passive hands to its agent in passing ("described by the Herald as “…”") are
 * that source's, but a quotation after them does not go on in the source's voice.
 */
class SourcesCitedByPassivesTest {

	@Test
	void a_quotation_after_a_cited_source_does_not_continue_it() {
		assertThat(SeedDocuments
			.quotes(DocumentText.of("Workers took over the plant in 2001. Tom Vale says the governor, "
					+ "Mark Doe, described by the Westria Herald as \"a reformer with a long memory\", might back the workers. "
					+ "\"One of the governor's causes is labour rights. Now with these threats, he has no excuse to stay silent.\"")))
			.containsExactly("the Westria Herald :: a reformer with a long memory",
					"null :: One of the governor's causes is labour rights. Now with these threats, he has no excuse to stay silent.");
	}

	@Test
	void a_quotation_after_the_speakers_own_words_still_continues_them() {
		assertThat(SeedDocuments.quotes(DocumentText.of("Workers took over the plant in 2001. Tom Vale described the "
				+ "governor as \"a reformer with a long memory\" and said he might back the workers. "
				+ "\"One of his causes is labour rights. Now with these threats, he has no excuse to stay silent.\"")))
			.allSatisfy(quote -> assertThat(quote).startsWith("Tom Vale :: "));
	}

}
