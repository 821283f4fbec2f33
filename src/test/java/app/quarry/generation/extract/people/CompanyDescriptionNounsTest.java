package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The nouns and sizes a later description of a named company may use: a trade's
 * "provider", and "giant" as a size before the trades rather than as the noun.
 */
class CompanyDescriptionNounsTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	@Test
	void a_services_provider_describes_the_company_last_named() {
		assertThat(organisations("Title\n\nMarch 03, 1998\n\nTellmark Inc. said its revenue rose 12% in the quarter.\n"
				+ "The regional freight logistics services provider said it would issue two million new shares."))
			.contains("Tellmark Inc. | the regional freight logistics services provider");
	}

	@Test
	void giant_before_the_trades_is_a_size_and_the_trades_describe_the_company() {
		assertThat(
				organisations("Title\n\nMarch 03, 1998\n\nBrovex Holdings Inc. reported higher earnings on Tuesday.\n"
						+ "The giant textiles, paper and shipping company said it will issue new shares."))
			.contains("Brovex Holdings Inc. | the giant textiles, paper and shipping company");
	}

	@Test
	void giant_alone_before_the_noun_still_tells_nothing() {
		assertThat(
				organisations("Title\n\nMarch 03, 1998\n\nBrovex Holdings Inc. reported higher earnings on Tuesday.\n"
						+ "The giant company said it will issue new shares."))
			.noneMatch(found -> found.contains("giant company"));
	}

}
