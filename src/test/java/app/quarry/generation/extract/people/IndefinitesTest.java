package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "a" or "an" by the sound of the word that follows. */
class IndefinitesTest {

	@Test
	void the_article_follows_the_sound_not_the_letter() {
		assertThat(Indefinites.of("oil company")).isEqualTo("an oil company");
		assertThat(Indefinites.of("large lender")).isEqualTo("a large lender");
		assertThat(Indefinites.of("U.S. car maker")).isEqualTo("a U.S. car maker");
		assertThat(Indefinites.of("FBI agent")).isEqualTo("an FBI agent");
		assertThat(Indefinites.of("unit of Brovo")).isEqualTo("a unit of Brovo");
		assertThat(Indefinites.of("hourly wage")).isEqualTo("an hourly wage");
	}

}
