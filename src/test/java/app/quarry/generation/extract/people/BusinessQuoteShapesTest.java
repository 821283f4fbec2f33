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
		assertThat(quotes("Orton, he said, suits the group well, which builds lamps on a \"private label "
				+ "supplier\" footing for resale by rival chains."))
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

	@Test
	void a_body_named_by_its_article_and_two_capitalised_words_speaks() {
		assertThat(quotes("In a written note, the White House said it will take \"every step needed\" to keep the "
				+ "tariffs in force."))
			.containsExactly("the White House :: every step needed");
		assertThat(quotes("The White House said the president turned down such relief for others \"because of the "
				+ "risk of injury to makers in the region.\""))
			.containsExactly("the White House :: because of the risk of injury to makers in the region.");
		assertThat(quotes(
				"According to the Federal Reserve, the economy \"is growing at a modest pace this " + "quarter.\""))
			.containsExactly("Federal Reserve :: is growing at a modest pace this quarter.");
	}

	@Test
	void a_body_named_by_its_article_speaks_after_the_quote_too() {
		assertThat(quotes("\"We will not bow to threats,\" the White House said."))
			.containsExactly("the White House :: We will not bow to threats");
		assertThat(quotes("\"We will not bow to threats,\" said the White House."))
			.containsExactly("the White House :: We will not bow to threats");
	}

	@Test
	void a_name_with_its_article_that_does_not_speak_gives_no_one_the_words() {
		assertThat(quotes("He said the Rolling Stones played \"a great show last night in the rain.\""))
			.noneMatch(quote -> quote.startsWith("the Rolling Stones"));
	}

	@Test
	void a_quotation_after_a_sentence_whose_set_off_subject_reports_speech_goes_on_with_that_speaker() {
		assertThat(quotes("While two depots are still for sale -- including the freight arm of the group -- Mr. Hollis "
				+ "said later closures would be a matter of timing. \"We have no need of the money.\""))
			.containsExactly("Hollis :: We have no need of the money.");
		assertThat(quotes("But this nervousness, Mr. Hollis says, is hurting trade in some bonds. \"It's tougher to "
				+ "buy bonds when the big funds pull out.\""))
			.containsExactly("Hollis :: It's tougher to buy bonds when the big funds pull out.");
	}

	@Test
	void a_set_off_name_that_only_tells_of_someone_lends_no_speaker() {
		assertThat(quotes("While the plants are still for sale, the board praised Mr. Hollis, its chairman. "
				+ "\"We don't need the cash.\""))
			.noneMatch(quote -> quote.startsWith("Hollis"));
	}

}
