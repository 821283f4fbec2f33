package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An expression tried only where its matches can begin finds what {@link Matcher#find()}
 * finds trying it everywhere: looks behind and word boundaries still see the text before
 * the place tried, characters beyond ASCII are tried where a test accepts them, and
 * replacing gives the same text.
 */
class SparseMatchesTest {

	private static final String FERRY = "At 6 the ferry left; at 7.45 it came back, and at_9 nobody waited at 10.";

	@Test
	void the_matches_are_those_find_finds_when_they_can_only_begin_with_the_characters_given() {
		Pattern afterAt = Pattern.compile("(?<=\\b[Aa]t\\s)\\d+(?:\\.\\d+)?\\b");
		assertThat(sparse(SparseMatches.beginningWith(afterAt, "0123456789"), FERRY))
			.isEqualTo(everywhere(afterAt, FERRY))
			.containsExactly("6", "7.45", "10");
	}

	@Test
	void a_word_boundary_before_the_place_tried_is_read_from_the_whole_text() {
		Pattern word = Pattern.compile("\\b(?i:at)\\b");
		assertThat(sparse(SparseMatches.beginningWith(word, "aA").atWordStarts(), FERRY))
			.isEqualTo(everywhere(word, FERRY))
			.hasSize(3);
	}

	@Test
	void a_first_character_beyond_ascii_is_tried_where_the_test_for_it_holds() {
		Pattern price = Pattern.compile("[$€£]\\d+");
		String text = "Tea cost €3, cake £4 and bread $2; ¥5 was not asked.";
		assertThat(sparse(SparseMatches.beginningWith(price, "$", c -> c == '€' || c == '£'), text))
			.isEqualTo(everywhere(price, text))
			.containsExactly("€3", "£4", "$2");
		assertThat(sparse(SparseMatches.beginningWith(price, "$"), text)).containsExactly("$2");
	}

	@Test
	void letters_given_for_words_are_tried_where_a_word_begins_and_the_other_characters_anywhere() {
		Pattern number = Pattern.compile("[0-9]|\\b(?i:one|two)\\b");
		String text = "Flight A380 took Two hours, someone said; one more left at 5.";
		SparseMatches numbers = SparseMatches.beginningWith(number, "0123456789").orWordsBeginningWith("oOtT");
		assertThat(sparse(numbers, text)).isEqualTo(everywhere(number, text))
			.containsExactly("3", "8", "0", "Two", "one", "5");
	}

	@Test
	void a_letter_given_for_words_is_not_tried_inside_a_word() {
		Pattern one = Pattern.compile("one");
		assertThat(sparse(SparseMatches.beginningWith(one, "").orWordsBeginningWith("o"), "someone took one"))
			.containsExactly("one")
			.hasSize(everywhere(one, "someone took one").size() - 1);
	}

	@Test
	void a_character_not_given_is_never_tried() {
		Pattern digits = Pattern.compile("\\d+");
		assertThat(sparse(SparseMatches.beginningWith(digits, "5"), "pier 4 and pier 5 and pier 54"))
			.containsExactly("5", "54");
	}

	@Test
	void replacing_gives_the_text_replaceAll_gives() {
		Pattern grouped = Pattern.compile("(\\d),(?=\\d{3}\\b)");
		SparseMatches digits = SparseMatches.beginningWith(grouped, "0123456789");
		String text = "It carried 1,250 crates, 3,4567 jars and 12,000,000 grains, 5,00 more.";
		assertThat(digits.replaceAll(text, m -> m.group(1))).isEqualTo(grouped.matcher(text).replaceAll("$1"))
			.isEqualTo("It carried 1250 crates, 3,4567 jars and 12000000 grains, 5,00 more.");
		assertThat(digits.replaceAll("no numbers here", m -> "")).isEqualTo("no numbers here");
	}

	@Test
	void a_word_may_begin_after_anything_but_an_ascii_letter_digit_or_underscore() {
		assertThat(SparseMatches.afterNonWord("led", 0)).isTrue();
		assertThat(SparseMatches.afterNonWord(" led", 1)).isTrue();
		assertThat(SparseMatches.afterNonWord("“led", 1)).isTrue();
		assertThat(SparseMatches.afterNonWord("éled", 1)).isTrue();
		assertThat(SparseMatches.afterNonWord("called", 4)).isFalse();
		assertThat(SparseMatches.afterNonWord("9led", 1)).isFalse();
		assertThat(SparseMatches.afterNonWord("_led", 1)).isFalse();
	}

	private static List<String> sparse(SparseMatches matches, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = matches.matcher(text);
		for (int from = 0; matches.find(m, text, from); from = m.end()) {
			found.add(m.group());
		}
		return found;
	}

	private static List<String> everywhere(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

}
