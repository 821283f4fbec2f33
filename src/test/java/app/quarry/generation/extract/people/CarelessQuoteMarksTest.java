package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotation marks as typed in a hurry, each in a sentence written for the test: a space
 * after the opening mark, a mark glued to an ellipsis, and straight double quotes nested
 * inside a quotation.
 */
class CarelessQuoteMarksTest {

	private static java.util.List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_space_after_the_opening_mark_still_opens_the_quotation() {
		assertThat(quotes("Next spring, the ferry line will \" look for a new shipyard,\" Ms. Hartig said."))
			.containsExactly("Hartig :: look for a new shipyard");
	}

	@Test
	void a_lone_mark_between_spaces_with_no_closing_mark_after_a_word_opens_nothing() {
		assertThat(quotes("The sign read 5 \" and the gauge read 6 \" on Monday, Ms. Hartig said.")).isEmpty();
	}

	@Test
	void a_mark_glued_to_a_full_stop_before_a_capital_opens_the_sentence_the_next_mark_closes() {
		assertThat(quotes("Harbour master Tom Hale said the storm had left the east dock in ruins." + " Three cranes "
				+ "fell into the water overnight,\" said Mr. Hale."))
			.isEmpty();
		assertThat(quotes("Harbour master Tom Hale said the storm had left the east dock in ruins.\" Three cranes "
				+ "fell into the water overnight,\" said Mr. Hale."))
			.containsExactly("Tom Hale :: Three cranes fell into the water overnight");
	}

	@Test
	void a_mark_glued_to_a_full_stop_opens_nothing_when_the_next_mark_opens_words() {
		assertThat(quotes("Harbour master Tom Hale said the dock was ruined.\" Then he added \"we will rebuild it "
				+ "by the spring\" to reporters."))
			.noneMatch(q -> q.contains("Then he added"));
	}

	@Test
	void a_mark_glued_to_an_ellipsis_opens_the_words_after_it() {
		assertThat(quotes("Harbour master Tom Hale said that the reopening of the two docks...\"is the clearest sign "
				+ "yet that the port is recovering.\""))
			.containsExactly("Tom Hale :: is the clearest sign yet that the port is recovering.");
	}

	@Test
	void straight_quotes_nested_inside_a_quotation_belong_to_it() {
		assertThat(quotes("\"Barring some sudden \"change of heart\", I see nothing that will stop the merger,\" said "
				+ "Lena Hartig, an analyst at Norder Bank."))
			.containsExactly("Lena Hartig :: Barring some sudden \"change of heart\", I see nothing that will stop the "
					+ "merger");
	}

}
