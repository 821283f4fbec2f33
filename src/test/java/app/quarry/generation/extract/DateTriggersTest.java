package app.quarry.generation.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The look at the word after a trigger ("this", "New", "more", "the", "a") that spares
 * the date expression most places: invented sentences, and every date of the committed
 * development sets.
 */
class DateTriggersTest {

	/** Invented text with a date, a duration or a time at its first word. */
	private static final List<String> DATES_AT_TRIGGERS = List.of("This spring the club moved.",
			"this past week the vote failed.", "This March the plant opened.", "this fiscal quarter ended well.",
			"this year's harvest was poor.", "This morning the bridge closed.", "this Friday the court sits.",
			"this weekend it rains.", "New Year's Day was calm.", "New Year’s Eve was loud.",
			"more recently it has grown.", "the year before.", "a few weeks later.", "that same day he left.",
			"as soon as possible.");

	@Test
	void a_date_may_begin_at_a_trigger_its_next_word_may_follow() {
		for (String text : DATES_AT_TRIGGERS) {
			assertThat(DateTriggers.mayStart(text, 0)).as(text).isTrue();
		}
	}

	@Test
	void no_date_begins_at_a_trigger_before_a_word_of_things() {
		for (String text : List.of("this company grew.", "This plan failed.", "New York voted.", "new rules apply.",
				"more people came.", "More than half left.", "the company grew.", "a man came.")) {
			assertThat(DateTriggers.mayStart(text, 0)).as(text).isFalse();
		}
	}

	@Test
	void the_look_never_turns_away_a_word_the_date_expression_matches_at() throws IOException {
		List<String> texts = new ArrayList<>(DATES_AT_TRIGGERS);
		texts.addAll(DevSetTexts.all());
		int matches = 0;
		int spared = 0;
		for (String text : texts) {
			Matcher m = DateExpressions.DATES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			List<Integer> starts = new ArrayList<>();
			WordStarts.forEach(text, DateTriggers.TRIGGERS, starts::add);
			for (int at : starts) {
				if (Character.isDigit(text.charAt(at))) {
					continue; // see NumberStartsTest
				}
				m.region(at, text.length());
				boolean found = m.lookingAt();
				boolean may = DateTriggers.mayStart(text, at);
				if (found) {
					matches++;
					assertThat(may).as("at %d: %s", at, text.substring(at, Math.min(text.length(), at + 30))).isTrue();
				}
				else if (!may) {
					spared++;
				}
			}
		}
		assertThat(matches).isGreaterThan(300);
		assertThat(spared).isGreaterThan(1000);
	}

}
