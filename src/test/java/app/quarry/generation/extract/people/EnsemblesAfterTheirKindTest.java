package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A group named right after "the" and a bare noun for its size ("the duo", "the trio") is
 * described by that noun; the same noun with no article before it names nothing.
 */
class EnsemblesAfterTheirKindTest {

	@Test
	void a_group_named_after_the_duo_is_described_as_a_duo() {
		assertThat(FoundOrganisations.in("The duo Velvet Harbour won the prize for their song Paper Kites."))
			.contains("Velvet Harbour | duo");
		assertThat(FoundOrganisations.in("Later the trio Lantern Row played to a full hall."))
			.contains("Lantern Row | trio");
	}

	@Test
	void a_size_noun_without_the_article_describes_nothing() {
		assertThat(FoundOrganisations.in("Each duo Velvet Harbour had chosen was sent home."))
			.noneMatch(line -> line.endsWith("| duo"));
	}

}
