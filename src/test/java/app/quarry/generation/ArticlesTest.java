package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A description asked in a prompt reads as English: it has its article. */
class ArticlesTest {

	@Test
	void a_bare_description_gets_a_or_an_by_its_sound() {
		assertThat(Articles.indefinite("consulting firm")).isEqualTo("a consulting firm");
		assertThat(Articles.indefinite("Irish airline")).isEqualTo("an Irish airline");
		assertThat(Articles.indefinite("European carmaker")).isEqualTo("a European carmaker");
		assertThat(Articles.indefinite("university press")).isEqualTo("a university press");
		assertThat(Articles.indefinite("honorary society")).isEqualTo("an honorary society");
	}

	@Test
	void an_acronym_is_read_by_its_letters() {
		assertThat(Articles.indefinite("NGO founded in 1990")).isEqualTo("an NGO founded in 1990");
		assertThat(Articles.indefinite("US chipmaker")).isEqualTo("a US chipmaker");
	}

	@Test
	void a_description_with_its_own_determiner_keeps_it() {
		assertThat(Articles.indefinite("the main union in Spain")).isEqualTo("the main union in Spain");
		assertThat(Articles.definite("Norway's largest bank")).isEqualTo("Norway's largest bank");
		assertThat(Articles.definite("an aerospace analyst")).isEqualTo("an aerospace analyst");
	}

	@Test
	void a_title_nobody_else_holds_is_the_title() {
		assertThat(Articles.definite("Harbor Lines CEO")).isEqualTo("the Harbor Lines CEO");
	}

}
