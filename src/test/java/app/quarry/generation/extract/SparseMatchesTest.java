package app.quarry.generation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An expression tried only where its matches can begin finds what {@link Matcher#find()}
 * finds trying it everywhere: looks behind and word boundaries still see the text before
 * the place tried, an empty match moves the search on by one, and replacing gives the
 * same text.
 */
class SparseMatchesTest {

	private static final String FERRY = "At 6 the ferry left; at 7.45 it came back, and at_9 nobody waited at 10.";

	@Test
	void the_matches_are_those_find_finds_when_they_can_only_begin_where_the_test_holds() {
		Pattern afterAt = Pattern.compile("(?<=\\b[Aa]t\\s)\\d+(?:\\.\\d+)?\\b");
		IntPredicate digit = at -> at < FERRY.length() && SparseMatches.isDigit(FERRY.charAt(at));
		assertThat(sparse(afterAt, FERRY, digit)).isEqualTo(everywhere(afterAt, FERRY))
			.containsExactly("6", "7.45", "10");
	}

	@Test
	void a_word_boundary_before_the_place_tried_is_read_from_the_whole_text() {
		Pattern word = Pattern.compile("\\b(?i:at)\\b");
		IntPredicate a = at -> at < FERRY.length() && (FERRY.charAt(at) | 0x20) == 'a'
				&& SparseMatches.afterNonWord(FERRY, at);
		assertThat(sparse(word, FERRY, a)).isEqualTo(everywhere(word, FERRY)).hasSize(3);
	}

	@Test
	void an_empty_match_moves_the_search_on_by_one_as_find_does() {
		Pattern digits = Pattern.compile("\\d*");
		assertThat(sparse(digits, "a12b", at -> true)).isEqualTo(everywhere(digits, "a12b"))
			.containsExactly("", "12", "", "");
	}

	@Test
	void a_place_the_test_rules_out_is_never_tried() {
		Pattern digits = Pattern.compile("\\d+");
		assertThat(sparse(digits, "pier 4 and pier 5", at -> false)).isEmpty();
	}

	@Test
	void replacing_gives_the_text_replaceAll_gives() {
		Pattern grouped = Pattern.compile("(\\d),(?=\\d{3}\\b)");
		String text = "It carried 1,250 crates, 3,4567 jars and 12,000,000 grains, 5,00 more.";
		assertThat(SparseMatches.replaceAll(grouped, text,
				at -> at < text.length() && SparseMatches.isDigit(text.charAt(at)), m -> m.group(1)))
			.isEqualTo(grouped.matcher(text).replaceAll("$1"))
			.isEqualTo("It carried 1250 crates, 3,4567 jars and 12000000 grains, 5,00 more.");
		assertThat(SparseMatches.replaceAll(grouped, "no numbers here", at -> true, m -> ""))
			.isEqualTo("no numbers here");
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

	private static List<String> sparse(Pattern pattern, String text, IntPredicate mayStart) {
		List<String> found = new ArrayList<>();
		Matcher m = SparseMatches.matcher(pattern, text);
		for (int from = 0; from <= text.length()
				&& SparseMatches.find(m, text, from, mayStart); from = SparseMatches.next(m)) {
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
