package app.quarry.generation.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberStartsTest {

	/** Invented text with a date, a duration or a time at each short number. */
	private static final List<String> DATES_AT_NUMBERS = List.of("The talks ended at 10:35 a.m. on Friday.",
			"The polls close at 5 p.m. EST.", "The polls close at 5pm.", "It rang at 4 in the morning.",
			"She arrived on 12 May.", "He was born 20/21 July 356 BC.", "Caesar died in 44 BC.",
			"The strike lasted 60 days.", "It took two to six days, or 60 - 90 days.", "It lasted 1,000 years.",
			"A 30-day deadline.", "In 258, he was consul.", "It was built in 258 .",
			"The wall rose in the 5th century.", "Since '82 the club has won.", "It lasted 2 1/2 years.",
			"It lasted 5 more days.", "The shop opened 3 weeks ago.", "He came back 2 days later.",
			"The 3rd quarter was weak.", "Those 60s and 70s cars.", "The 08:00 UTC bulletin.",
			"It lasted 15\u00a0hours.", "Rome fell by 410. Then", "It lasted 100,000 years.");

	@Test
	void a_date_may_begin_at_a_number_its_unit_month_era_or_clock_follows() {
		for (String text : DATES_AT_NUMBERS) {
			int at = firstDigit(text);
			assertThat(NumberStarts.mayStart(text, at)).as(text).isTrue();
		}
	}

	@Test
	void no_date_begins_at_a_number_of_things() {
		for (String text : List.of("Police arrested 15 people.", "The road runs 200 miles.", "Sales rose 3%.",
				"Page 12 of the report.", "It cost $400 million.", "He scored 12", "It rose 3.5 percent.",
				"About 100,000 people came.", "Rooms 5, 6 and 7.", "It weighs 250.5 kilograms.")) {
			int at = firstDigit(text);
			assertThat(NumberStarts.mayStart(text, at)).as(text).isFalse();
		}
	}

	@Test
	void a_number_of_four_digits_is_left_to_the_expression() {
		assertThat(NumberStarts.mayStart("In 1991 people voted.", 3)).isTrue();
	}

	@Test
	void the_look_never_turns_away_a_number_the_date_expression_matches_at() throws IOException {
		List<String> texts = new ArrayList<>(DATES_AT_NUMBERS);
		texts.addAll(DevSetTexts.all());
		int matches = 0;
		int spared = 0;
		for (String text : texts) {
			Matcher m = DateExpressions.DATES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			for (int at = 0; at < text.length(); at++) {
				if (!Character.isDigit(text.charAt(at)) || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
					continue;
				}
				m.region(at, text.length());
				boolean found = m.lookingAt();
				boolean may = NumberStarts.mayStart(text, at);
				if (found) {
					matches++;
					assertThat(may).as("at %d: %s", at, text.substring(at, Math.min(text.length(), at + 30))).isTrue();
				}
				else if (!may) {
					spared++;
				}
			}
		}
		assertThat(matches).isGreaterThan(250);
		assertThat(spared).isGreaterThan(400);
	}

	private static int firstDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return i;
			}
		}
		throw new IllegalArgumentException(text);
	}

}
