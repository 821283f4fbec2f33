package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies and agencies as the speakers of quoted words in business news, and the guards
 * that keep a company from taking a person's words.
 */
class CompanySpeakerShapesTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_company_whose_name_ends_in_an_abbreviation_speaks_through_said() {
		assertThat(quotes("Acme Holdings Inc. said it bought the shares \"to maximize value for all holders,\" "
				+ "according to a filing."))
			.containsExactly("Acme Holdings Inc :: to maximize value for all holders");
		assertThat(quotes("Dorrit Corp. said yesterday that it would act \"as fast as it possibly can,\" and gave "
				+ "no details."))
			.containsExactly("Dorrit Corp :: as fast as it possibly can");
	}

	@Test
	void a_person_at_a_company_keeps_the_words() {
		assertThat(quotes("Mr. Victor Hale of Acme Holdings Inc. said he was \"deeply disappointed by the ruling.\""))
			.containsExactly("Victor Hale :: deeply disappointed by the ruling.");
		assertThat(quotes(
				"Acme Holdings Inc. Chairman Victor Hale said he was \"deeply disappointed by the " + "ruling.\""))
			.containsExactly("Victor Hale :: deeply disappointed by the ruling.");
		assertThat(quotes(
				"Victor Hale joined Acme Holdings Inc. He said he was \"deeply disappointed by the " + "ruling.\""))
			.containsExactly("Victor Hale :: deeply disappointed by the ruling.");
	}

	@Test
	void workers_at_a_company_are_not_the_company() {
		assertThat(quotes("Workers at Acme Holdings Inc. said they were \"deeply disappointed by the ruling.\""))
			.containsExactly("null :: deeply disappointed by the ruling.");
	}

	@Test
	void an_agency_with_its_article_opening_a_clause_speaks_by_the_name_it_was_given() {
		assertThat(quotes("The Federal Trade Commission sued Victor Hale in May. In the suit, the FTC accused "
				+ "Mr. Hale of running a \"vast and deliberate pricing scheme\" for years."))
			.containsExactly("Federal Trade Commission :: vast and deliberate pricing scheme");
		assertThat(quotes("In the suit, the Federal Trade Commission accused Mr. Hale of running a \"vast and "
				+ "deliberate pricing scheme\" for years."))
			.containsExactly("the Federal Trade Commission :: vast and deliberate pricing scheme");
	}

	@Test
	void an_abbreviation_never_spelled_out_is_the_body_told_by_its_initials() {
		assertThat(quotes("In the suit, the FTC accused Mr. Hale of running a \"vast and deliberate pricing "
				+ "scheme\" for years."))
			.containsExactly("FTC :: vast and deliberate pricing scheme");
	}

	@Test
	void a_speech_verb_joined_to_an_earlier_verb_shares_its_subject() {
		assertThat(quotes("A unit of Borel Partners launched a tender offer and said it would sell the assets "
				+ "\"as soon as it possibly can.\""))
			.containsExactly("a unit of Borel Partners :: as soon as it possibly can.");
		assertThat(quotes("The current Acme chief Victor Hale also expressed regret for the loss and described "
				+ "him as \"a true friend of the whole industry\"."))
			.containsExactly("Victor Hale :: a true friend of the whole industry");
	}

}
