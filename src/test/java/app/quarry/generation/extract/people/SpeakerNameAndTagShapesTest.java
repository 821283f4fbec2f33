package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who spoke, named in full: a given name the part-of-speech model misreads at a story's
 * start, a nickname of several words in quotation marks inside a name; and a pronoun in a
 * speech tag that never stands for the person its own reported words name.
 */
class SpeakerNameAndTagShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_story_opening_with_a_full_name_gives_the_later_bare_surname_its_given_name() {
		assertThat(quotes("Maurice Hollins aims to win a fourth world crown this summer.\n\"It really hurts to lose "
				+ "like that,\" said Hollins, who races in Leeds on Friday."))
			.containsExactly("Maurice Hollins :: It really hurts to lose like that");
	}

	@Test
	void a_word_the_story_also_writes_in_lower_case_is_no_given_name() {
		assertThat(quotes("Veteran Hollins aims to win a fourth world crown this summer.\nNo veteran has done it "
				+ "before. \"It really hurts to lose like that,\" said Hollins, who races on Friday."))
			.noneMatch(quote -> quote.startsWith("Veteran"));
	}

	@Test
	void a_nickname_of_several_words_in_quotation_marks_stays_out_of_the_name() {
		assertThat(quotes("Another player who never won the title \u2013 Terry \"the Hurricane\" Wilks \u2013 has "
				+ "admitted missing lessons. \"We adored the sport and the crowds,\" Mr Wilks said."))
			.contains("Terry Wilks :: We adored the sport and the crowds");
		assertThat(quotes(
				"Ronald \"Big Ron\" Sutter coached the side for years. \"We never lost at home,\" Sutter " + "said."))
			.containsExactly("Ronald Sutter :: We never lost at home");
	}

	@Test
	void a_tag_pronoun_never_stands_for_the_person_its_reported_words_name() {
		assertThat(quotes("Opposition leader Michael Dawes attacked the prime minister, Mr Carter, in Leeds. "
				+ "Mr Carter's cabinet was a \"meddling, fussy cabinet that makes choices for families,\" he added."))
			.noneMatch(quote -> quote.startsWith("Carter"));
	}

	@Test
	void a_participle_after_a_speech_tag_belongs_to_the_tag_not_to_the_reported_clause() {
		assertThat(quotes("Opposition leader Michael Dawes attacked the prime minister, Mr Carter, in Leeds. "
				+ "Mr Carter has chosen to ignore the housing queue, he argued, saying he holds the \"wrong plan\" for "
				+ "it."))
			.noneMatch(quote -> quote.startsWith("Carter"));
	}

}
