package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers after the speech verb told by what they do ("said a Toledo brake parts
 * supplier") or by a title a company's possessive opens ("said Acme's sales and marketing
 * vice president"). In sentences written for the test.
 */
class DoerAndOwnedTitleSpeakerShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void one_described_by_what_she_does_after_the_verb_is_the_speaker() {
		assertThat(quotes("Carmakers in Ohio cut their orders again. ``We are nervous and watching the market "
				+ "every day,'' said a Toledo brake parts supplier."))
			.containsExactly("Toledo brake parts supplier :: We are nervous and watching the market every day");
		assertThat(quotes("Fish prices rose for a third week. ``Nobody can pay this,'' said a harbour fish "
				+ "dealer in Leith."))
			.containsExactly("harbour fish dealer :: Nobody can pay this");
	}

	@Test
	void one_described_by_what_she_does_before_the_verb_is_the_speaker() {
		assertThat(quotes(
				"Stocks fell sharply on Tuesday. ``It is pretty ugly out there,'' a Chicago grain " + "dealer said."))
			.containsExactly("Chicago grain dealer :: It is pretty ugly out there");
	}

	@Test
	void a_bare_doer_or_a_doer_that_runs_on_tells_no_speaker() {
		assertThat(quotes("Carmakers in Ohio cut their orders again. ``We are nervous,'' said a supplier."))
			.noneMatch(quote -> quote.startsWith("supplier ::"));
		assertThat(quotes(
				"Carmakers in Ohio cut their orders again. ``We are nervous,'' said a parts supplier " + "spokesman."))
			.containsExactly("parts supplier spokesman :: We are nervous");
	}

	@Test
	void a_title_a_company_possessive_opens_is_the_speaker_with_its_owner() {
		assertThat(quotes("Acme Motors will close 300 dealerships. ``The stores are losing money,'' said Acme's "
				+ "design, research, and safety vice president on a conference call."))
			.containsExactly("Acme's design, research, and safety vice president :: The stores are losing money");
		assertThat(quotes("Acme Motors will close 300 dealerships. ``The stores are losing money,'' said Acme's "
				+ "chief economist."))
			.containsExactly("Acme's chief economist :: The stores are losing money");
		assertThat(quotes("Acme Motors will close 300 dealerships. ``The stores are losing money,'' said Acme's "
				+ "chief financial officer, adding that more cuts would follow."))
			.containsExactly("Acme's chief financial officer :: The stores are losing money");
	}

	@Test
	void a_lone_quote_after_an_owned_title_goes_on_with_it() {
		assertThat(quotes("Acme Motors will close 300 dealerships.\n``The stores are losing money,'' said Acme's "
				+ "marketing vice president.\n``It is a step that should have come years ago.''"))
			.containsExactly("Acme's marketing vice president :: The stores are losing money",
					"Acme's marketing vice president :: It is a step that should have come years ago.");
	}

	@Test
	void an_owned_title_with_a_name_after_it_gives_the_words_to_the_name() {
		assertThat(quotes("Acme Motors will close 300 dealerships. ``The stores are losing money,'' said Acme's "
				+ "marketing vice president, Jane Roe."))
			.noneMatch(quote -> quote.startsWith("Acme's"));
	}

}
