package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A blog, a post, a statement or a website is where words were written, never who wrote
 * them: it is no speaker of a quotation.
 */
class MediumSpeakersTest {

	@Test
	void a_description_headed_by_a_medium_is_no_speaker() {
		assertThat(MediumSpeakers.medium("a blog")).isTrue();
		assertThat(MediumSpeakers.medium("a blog post")).isTrue();
		assertThat(MediumSpeakers.medium("the statement")).isTrue();
		assertThat(MediumSpeakers.medium("a spokesman")).isFalse();
		assertThat(MediumSpeakers.medium("the blogger")).isFalse();
	}

	@Test
	void words_written_in_a_blog_post_by_someone_unnamed_have_no_speaker() {
		String text = "Acme dispute grows online\n\nOne reader said he took part, writing in a blog post "
				+ "\"We went along with the plan and sent dozens of letters to the company.\"\n";
		assertThat(SeedDocuments.quotes(DocumentText.of(text))).noneMatch(q -> q.toLowerCase().startsWith("a blog"));
	}

}
