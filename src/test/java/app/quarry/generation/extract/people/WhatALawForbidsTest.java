package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a law, a ban or a decree forbids, quoted right after it, is the law's wording and
 * no one's quote; words the speaker says about the law stay the speaker's.
 */
class WhatALawForbidsTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void what_a_law_forbids_is_no_quote() {
		assertThat(quotes("Westria's Interior Ministry said officers would apply the law banning "
				+ "\"display of foreign party flags\" at the games."))
			.isEmpty();
		assertThat(quotes("Jane Roe said the new decree against \"hate speech\" would be used to silence critics."))
			.isEmpty();
		assertThat(quotes("The council passed a ban on \"loud music after midnight\" last week, Jane Roe said."))
			.isEmpty();
		assertThat(quotes("Tom Hale backed legislation outlawing \"unpaid trial shifts\" in shops.")).isEmpty();
	}

	@Test
	void what_the_speaker_says_of_a_law_stays_a_quote() {
		assertThat(quotes("Jane Roe attacked the bill, saying it was \"a gift to landlords and nobody else\"."))
			.containsExactly("Jane Roe :: a gift to landlords and nobody else");
		assertThat(quotes("Jane Roe said the law was \"cruel and pointless\" and vowed to fight it."))
			.containsExactly("Jane Roe :: cruel and pointless");
	}

}
