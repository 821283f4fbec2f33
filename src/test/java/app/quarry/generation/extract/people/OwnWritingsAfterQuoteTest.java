package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writing a possessive pronoun owns, tagged after a quote ("his profile reads", "her
 * blog said"), holds the words of whom the pronoun stands for; a person the pronoun owns
 * ("his lawyer said") speaks for themselves.
 */
class OwnWritingsAfterQuoteTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_profile_the_pronoun_owns_reads_with_its_owners_words() {
		assertThat(quotes("Peter Lund was arrested at the border on Sunday. \"I like sailing and I dislike "
				+ "crowds\", his profile reads, adding that he was single."))
			.containsExactly("Peter Lund :: I like sailing and I dislike crowds");
	}

	@Test
	void a_statement_or_blog_the_pronoun_owns_speaks_with_its_owners_words() {
		assertThat(quotes("Maria Olsen lost her seat in the vote. \"I will stand again in four years,\" her "
				+ "statement said."))
			.containsExactly("Maria Olsen :: I will stand again in four years");
		assertThat(quotes("Karl Dunmore left the band in March. \"Touring wore me out completely,\" his "
				+ "personal blog explained."))
			.containsExactly("Karl Dunmore :: Touring wore me out completely");
	}

	@Test
	void a_person_the_pronoun_owns_is_not_its_owner() {
		assertThat(quotes("Peter Lund was arrested at the border on Sunday. \"He never meant any harm to "
				+ "anyone,\" his lawyer said."))
			.doesNotContain("Peter Lund :: He never meant any harm to anyone");
	}

	@Test
	void a_writing_with_no_verb_that_hands_over_words_is_no_tag() {
		assertThat(quotes("Peter Lund was arrested at the border on Sunday. \"Sailing is my life\", his "
				+ "profile photo shows him on a boat."))
			.doesNotContain("Peter Lund :: Sailing is my life");
	}

}
