package app.quarry.generation.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesByFirstCharTest {

	@Test
	void a_word_that_cannot_begin_a_modifier_is_given_fewer_kinds_to_try() {
		assertThat(DatesByFirstChar.at('1')).isNotSameAs(DateExpressions.DATES);
		assertThat(DatesByFirstChar.at('J')).isNotSameAs(DateExpressions.DATES);
		// the same kinds, the same expression
		assertThat(DatesByFirstChar.at('5')).isSameAs(DatesByFirstChar.at('6'));
	}

	@Test
	void a_word_that_may_begin_a_modifier_or_beyond_ascii_is_given_the_whole_expression() {
		// "the early 1990s", "mid-2011", "late March"
		assertThat(DatesByFirstChar.at('t')).isSameAs(DateExpressions.DATES);
		assertThat(DatesByFirstChar.at('m')).isSameAs(DateExpressions.DATES);
		assertThat(DatesByFirstChar.at('L')).isSameAs(DateExpressions.DATES);
		assertThat(DatesByFirstChar.at('\u0661')).isSameAs(DateExpressions.DATES);
	}

	@Test
	void every_named_group_stays_in_each_expression() {
		for (char c = '0'; c <= 'z'; c++) {
			assertThat(DatesByFirstChar.at(c).namedGroups().keySet())
				.containsExactlyInAnyOrderElementsOf(DateExpressions.DATES.namedGroups().keySet());
		}
	}

	@Test
	void invented_dates_of_each_kind_are_matched_as_the_whole_expression_matches_them() {
		List<String> texts = List.of("The plant closed on March 3, 1998, and reopened 12 May 2001 at 10:35 a.m. EST.",
				"Shares rose 15 percent in 1999 and 2 1/2 years later fell for 30 days, two to six weeks.",
				"By 258, he was consul; in the '80s and the 1970s, in fiscal 2003 and FY2004, in the 5th century.",
				"He will speak Friday, next week, two years ago, at noon, at 4 in the morning, on Christmas Day 2001.",
				"In two thousand and one, January nineteen ninety-seven, the fourth quarter of 1997, 44 BC, AD 79.",
				"Several years ago, every Monday, a day-long meeting, an hour later, 20/21 July 356 BC, (c. 220 – 267).");
		assertThat(sameMatchesAtEveryWord(texts)).isGreaterThan(30);
	}

	@Test
	void the_dev_sets_are_matched_as_the_whole_expression_matches_them() throws IOException {
		assertThat(sameMatchesAtEveryWord(DevSetTexts.all())).isGreaterThan(500);
	}

	/** The matches at every word start, checked against the whole expression's. */
	private static int sameMatchesAtEveryWord(List<String> texts) {
		int matches = 0;
		for (String text : texts) {
			Matcher whole = DateExpressions.DATES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			for (int at = 0; at < text.length(); at++) {
				if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
						|| !Character.isLetterOrDigit(text.charAt(at))) {
					continue;
				}
				Pattern pattern = DatesByFirstChar.at(text.charAt(at));
				Matcher dispatched = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
				whole.region(at, text.length());
				dispatched.region(at, text.length());
				boolean found = whole.lookingAt();
				assertThat(dispatched.lookingAt()).as("at %d of %s", at, text).isEqualTo(found);
				if (found) {
					matches++;
					assertThat(dispatched.end()).isEqualTo(whole.end());
					List<String> expected = new ArrayList<>();
					List<String> actual = new ArrayList<>();
					for (String group : DateExpressions.DATES.namedGroups().keySet()) {
						expected.add(group + "=" + whole.group(group));
						actual.add(group + "=" + dispatched.group(group));
					}
					assertThat(actual).isEqualTo(expected);
				}
			}
		}
		return matches;
	}

}
