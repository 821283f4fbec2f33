package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A headline in Title Case capitalizes its verbs and nouns too, so a surname runs on into
 * them ("Tarrant Vows"): a name read there stands only in a form the body confirms.
 */
class TitleCaseHeadlineTest {

	private static List<String> people(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null).stream().map(fact -> fact.value()).toList();
	}

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_capitalized_verb_after_a_surname_in_a_headline_is_no_part_of_the_name() {
		String story = "Mayor Tarrant Vows to Rebuild Old Bridge\n\n"
				+ "Mayor Ann Tarrant on Monday promised to rebuild the bridge within a year.\n"
				+ "\"We will rebuild it stone by stone,\" Tarrant said.";
		assertThat(people(story)).containsOnly("Ann Tarrant");
		assertThat(quotes(story)).containsExactly("Ann Tarrant :: We will rebuild it stone by stone");
	}

	@Test
	void a_headline_name_the_body_never_uses_brings_in_no_person() {
		assertThat(people(
				"Osric Vale Says Harbour Talks Will Resume\n\n" + "The talks will resume on Monday, officials said."))
			.isEmpty();
	}

	@Test
	void a_headline_names_a_person_as_the_body_calls_him() {
		String story = "Osric Vale Says Harbour Talks Will Resume\n\n\"The talks will resume on Monday,\" Vale said.";
		assertThat(people(story)).containsExactly("Vale");
		assertThat(quotes(story)).containsExactly("Vale :: The talks will resume on Monday");
	}

	@Test
	void a_full_name_the_body_repeats_stays_whole_in_the_headline() {
		assertThat(people("Ann Tarrant Opens New Library in Dunmore\n\nAnn Tarrant opened the library on Monday."))
			.containsExactly("Ann Tarrant");
	}

	@Test
	void a_first_line_written_as_a_sentence_is_no_headline() {
		assertThat(people("Ann Tarrant opened the new library in Dunmore on Monday.\nShe said it was overdue."))
			.containsExactly("Ann Tarrant");
	}

	@Test
	void a_sign_off_on_a_line_of_its_own_ends_with_a_full_stop_as_a_headline_never_does() {
		assertThat(roles("The talks will resume on Monday, officials said.\n\nFor Radio Harbor News, I'm Ann Tarrant."))
			.containsExactly("Ann Tarrant | reporter for Radio Harbor News");
	}

	@Test
	void a_byline_is_no_headline() {
		assertThat(people("By Ann Tarrant\n\nThe talks will resume on Monday, officials said."))
			.containsExactly("Ann Tarrant");
	}

	@Test
	void a_letters_address_names_its_addressee_with_an_honorific_as_no_headline_does() {
		String letter = "His Excellency Mr. Osric Vale\n\nHarbour Master of Dunmore\n\nDear Mr. Vale,\n\n"
				+ "I write to you about the harbour.";
		assertThat(people(letter)).containsExactly("Osric Vale");
		assertThat(roles(letter)).isEmpty();
	}

	@Test
	void the_capitalized_words_before_a_name_in_a_headline_are_no_title() {
		assertThat(roles("Justice Reviews Tarrant Appeal\n\n"
				+ "The court on Monday heard the appeal. Mayor Ann Tarrant said she was hopeful."))
			.containsExactly("Ann Tarrant | Mayor");
	}

}
