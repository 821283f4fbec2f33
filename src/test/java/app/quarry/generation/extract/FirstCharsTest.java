package app.quarry.generation.extract;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstCharsTest {

	@Test
	void an_alternative_is_looked_at_by_the_characters_it_can_begin_with() {
		assertThat(FirstChars.look("\\b(?<m>May|June)\\s+\\d")).isEqualTo("(?=[MJ])");
		assertThat(FirstChars.look("(?:[Tt]he\\s+)?(?<y>\\d{4})")).isEqualTo("(?=[Tt\\d])");
		assertThat(FirstChars.look("(?<=\\bin\\s)(?i:now)")).isEqualTo("(?=[nN])");
		assertThat(FirstChars.look("[ \\t\\u00a0]+x")).isEqualTo("(?=[\\ \\t\u00a0])");
	}

	@Test
	void an_alternative_whose_first_character_is_not_bounded_is_left_as_it_is() {
		// it may match nothing, begins with any character, a negated class, \D, or a
		// group this reading does not know
		assertThat(FirstChars.look("(?:the\\s+)?")).isNull();
		assertThat(FirstChars.look(".x")).isNull();
		assertThat(FirstChars.look("[^a]x")).isNull();
		assertThat(FirstChars.look("\\Dx")).isNull();
		assertThat(FirstChars.look("(?i)x")).isNull();
		assertThat(FirstChars.look("(?i:[a-z])x")).isNull();
	}

	@Test
	void the_looks_leave_what_the_date_expression_matches_unchanged_at_every_word_of_the_dev_sets() throws IOException {
		Pattern plain = Pattern
			.compile(DateExpressions.MODIFIER + "(?:" + String.join("|", DateExpressions.KINDS) + ")");
		int matches = 0;
		for (String text : DevSetTexts.all()) {
			Matcher guarded = DateExpressions.DATES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			Matcher unguarded = plain.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			for (int at = 0; at < text.length(); at++) {
				if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
					continue;
				}
				guarded.region(at, text.length());
				unguarded.region(at, text.length());
				boolean found = unguarded.lookingAt();
				assertThat(guarded.lookingAt()).as("at %d of %s", at, text.substring(0, 40)).isEqualTo(found);
				if (found) {
					matches++;
					assertThat(guarded.end()).isEqualTo(unguarded.end());
					for (String group : DateExpressions.DATES.namedGroups().keySet()) {
						assertThat(guarded.group(group)).as(group).isEqualTo(unguarded.group(group));
					}
				}
			}
		}
		assertThat(matches).isGreaterThan(500);
	}

}
