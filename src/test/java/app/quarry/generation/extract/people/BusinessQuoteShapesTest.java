package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotation shapes of business news: terms quoted inside a noun phrase, "she said" after
 * a company and its spokeswoman, and a company's officials speaking as a group. In
 * sentences written for the test.
 */
class BusinessQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_quoted_term_that_modifies_the_noun_after_it_is_nobodys_words() {
		assertThat(quotes("Orton, he said, is a good fit for the group, which makes radios on an \"original design "
				+ "maker\" basis for sale under other brands."))
			.isEmpty();
		assertThat(quotes(
				"Delmar Corp. said its bonds no longer meet the \"prime reserve\" criteria set by the " + "regulator."))
			.isEmpty();
	}

	@Test
	void a_quoted_term_its_sentence_defines_right_after_it_is_nobodys_words() {
		assertThat(quotes("Torvald Inc. said that a customer found two flaws in its processor's \"vector control "
				+ "block\", a set of circuits that handle graphics."))
			.isEmpty();
		assertThat(quotes("Torvald Inc. said that a customer found two flaws in its processor's \"vector control "
				+ "block,\" a set of circuits that handle graphics."))
			.isEmpty();
	}

	@Test
	void graded_or_joined_words_before_a_noun_stay_the_speakers_judgement() {
		assertThat(quotes("Tom Hale said he viewed the merger as a \"very positive\" step for the town."))
			.containsExactly("Tom Hale :: very positive");
		assertThat(quotes("Lena Hartig said the \"reckless, cynical and cruel\" attacks must stop."))
			.containsExactly("Lena Hartig :: reckless, cynical and cruel");
	}

	@Test
	void words_quoted_before_a_comma_and_a_speaker_are_not_a_definition() {
		assertThat(quotes("Delmar Corp. reported a loss. It was \"a bad quarter,\" a spokesman said."))
			.doesNotContain("null :: a bad quarter");
	}

	@Test
	void she_after_a_company_and_its_spokeswoman_is_never_the_company() {
		assertThat(quotes("Delmar Corp. said it had fixed the flaw. \"We should see no more,\" said Tom Hale, "
				+ "Delmar's director. In June, Orton began shipping a card. An Orton spokeswoman said the company told "
				+ "customers. Orton has no plans to recall the cards, the spokeswoman said. \"We don't see this as a "
				+ "serious problem for us,\" she said."))
			.noneMatch(quote -> quote.startsWith("Delmar") || quote.startsWith("Orton ::")
					|| quote.startsWith("Tom Hale :: We don't"));
	}

	@Test
	void she_goes_to_no_bare_name_that_only_ever_acted_as_a_company() {
		assertThat(quotes("Torvald said it had fixed the flaws and would ship new chips next week. Orton has no plans "
				+ "to recall its cards. \"We don't see this as a serious problem for us,\" she said."))
			.noneMatch(quote -> quote.startsWith("Torvald") || quote.startsWith("Orton"));
	}

	@Test
	void a_companys_officials_speak_as_a_group_not_as_the_company() {
		assertThat(quotes("Halvard S.A. raised its bid. Halvard officials said yesterday, \"We are confident that "
				+ "the offer will be approved.\""))
			.containsExactly("Halvard officials :: We are confident that the offer will be approved.");
		assertThat(quotes("Halvard S.A. raised its bid. Halvard officials said yesterday that they are \"quite "
				+ "optimistic\" the offer will be approved."))
			.noneMatch(quote -> quote.startsWith("Halvard S.A."));
	}

}
