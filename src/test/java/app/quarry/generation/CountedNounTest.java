package app.quarry.generation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountedNounTest {

	@Test
	void the_noun_is_found_after_the_spaces_or_one_or_two_words() {
		assertThat(CountedNoun.end(" countries, such as Chile", "countr")).isEqualTo(10);
		assertThat(CountedNoun.end(" small Countries, such as", "countr")).isEqualTo(16);
		assertThat(CountedNoun.end(" very small island countries", "countr")).isEqualTo(-1);
		assertThat(CountedNoun.end("countries", "countr")).isEqualTo(-1);
	}

	@Test
	void reads_as_the_expression_it_replaces() {
		List<String> afters = List.of(" countries, such as Chile", " small Countries", " big  island\tcountries.",
				" a b c countries", "  COUNTRIES", " countr_y9 x", " pays-country", " Éstates", " éstates", "", " ",
				" small", " small ", " x y countries z");
		for (String stem : List.of("countr", "éstate", "Éstate", "", "state")) {
			Pattern noun = Pattern.compile("(?i)^\\s+(?:\\S+\\s+){0,2}?" + Pattern.quote(stem) + "\\w*");
			for (String after : afters) {
				Matcher m = noun.matcher(after);
				assertThat(CountedNoun.end(after, stem)).as("%s / %s", stem, after)
					.isEqualTo(m.lookingAt() ? m.end() : -1);
			}
		}
	}

}
