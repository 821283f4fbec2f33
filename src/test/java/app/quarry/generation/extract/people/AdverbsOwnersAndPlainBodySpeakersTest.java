package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words that look like a speaker or a description and are neither: a sentence adverb set
 * off by a comma, a bare "the company" as the speaker, and a body's possessive before
 * what it owns.
 */
class AdverbsOwnersAndPlainBodySpeakersTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_capitalised_ly_adverb_set_off_by_a_comma_is_no_person() {
		assertThat(people("Reportedly, Jane Roe's brother begged the council to wait a week."))
			.noneMatch(found -> found.startsWith("Reportedly"));
		assertThat(quotes("Allegedly, the mayor's nephew asked for more time, but he replied \"That cannot happen\"."))
			.noneMatch(found -> found.startsWith("Allegedly"));
	}

	@Test
	void a_surname_ending_in_ly_set_off_by_a_comma_is_still_a_name() {
		assertThat(quotes("Donnelly, a spokeswoman for Acme, said \"We will vote on Friday\"."))
			.containsExactly("Donnelly :: We will vote on Friday");
	}

	@Test
	void the_company_as_speaker_is_no_answer() {
		assertThat(quotes("Acme Widgets said it would close its plant in Northtown. \"We regret this decision "
				+ "but the market has changed,\" the company said."))
			.containsExactly("null :: We regret this decision but the market has changed");
	}

	@Test
	void a_named_body_as_speaker_is_kept() {
		assertThat(quotes("\"We regret this decision but the market has changed,\" said Acme Widgets."))
			.containsExactly("Acme Widgets :: We regret this decision but the market has changed");
	}

	@Test
	void a_bodys_possessive_before_a_noun_says_what_it_owns_not_what_it_is() {
		assertThat(FoundOrganisations.in("Critics said the Church of Zorbia's website was attacked by hackers."))
			.noneMatch(found -> found.contains("'s"));
	}

}
