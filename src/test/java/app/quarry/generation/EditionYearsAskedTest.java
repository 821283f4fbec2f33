package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year that names one edition of a recurring contest or gathering is the year it was
 * held: "at the 2011 Acme U-19 World Cup", "won the Acme Euro 2011". It is asked in the
 * sentence's own words, whether it stands before a long name or after it.
 */
class EditionYearsAskedTest {

	private static List<String> prompts(String sentence) {
		return DatedDocuments.datePrompts("Monday, 11 July 2011", "2011-07-11", sentence);
	}

	@Test
	void a_year_before_a_long_name_of_a_contest_is_asked() {
		assertThat(prompts("Westria reached the last eight at the 2009 Acme U-19 World Cup by beating Eastmark."))
			.contains(
					"Fill in the date: Westria reached the last eight at the _____ Acme U-19 World Cup by beating Eastmark.");
		assertThat(prompts("Tom Vale won a silver medal at the 1998 Summer Paralympics in sitting volleyball."))
			.contains(
					"Fill in the date: Tom Vale won a silver medal at the _____ Summer Paralympics in sitting volleyball.");
		assertThat(prompts("Jane Roe raced at the 2002 Winter Paralympics and 2006 Winter Paralympics."))
			.contains("Fill in the date: Jane Roe raced at the _____ Winter Paralympics and 2006 Winter Paralympics.")
			.contains("Fill in the date: Jane Roe raced at the 2002 Winter Paralympics and _____ Winter Paralympics.");
	}

	@Test
	void a_year_after_the_name_of_a_contest_or_a_gathering_is_asked() {
		assertThat(prompts("Westria beat Northland on penalties and won the Acme Euro 2008 in the end."))
			.contains("Fill in the date: Westria beat Northland on penalties and won the Acme Euro _____ in the end.");
		assertThat(prompts("Jane Roe spoke for an hour at the Westbury Summit 2007 about rivers."))
			.contains("Fill in the date: Jane Roe spoke for an hour at the Westbury Summit _____ about rivers.");
		assertThat(prompts("The company showed its new phone at WXYZ 2005 to a full hall."))
			.contains("Fill in the date: The company showed its new phone at WXYZ _____ to a full hall.");
	}

	@Test
	void an_editions_year_is_asked_only_in_the_sentences_own_words() {
		assertThat(prompts("Tom Vale won a silver medal at the 1998 Summer Paralympics in sitting volleyball."))
			.allMatch(p -> p.startsWith("Fill in the date:") || p.startsWith("Is this statement"));
	}

	@Test
	void a_year_before_or_after_the_name_of_a_thing_is_no_edition() {
		assertThat(prompts("Jane Roe still runs the Acme Roadster 2008 on weekends.")).isEmpty();
		assertThat(prompts("Jane Roe drove the 2008 Acme Roadster to work.")).isEmpty();
		assertThat(prompts("Roe keeps the 1987 Westbury Cookbook on her desk.")).isEmpty();
	}

}
