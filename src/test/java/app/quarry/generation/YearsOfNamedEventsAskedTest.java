package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year before a name dates what the name calls when that is an event: a contest won,
 * lost or hosted ("won the 1990 Tour du Lac"), a law or a pact ("the 1970 Clean Water
 * Act"), or a conflict ("the 2008–2009 Acme–Westria conflict"). Before the name of a
 * thing ("the 2008 Acme Roadster") the year is a label.
 */
class YearsOfNamedEventsAskedTest {

	private static List<String> prompts(String sentence) {
		return DatedDocuments.datePrompts("Monday, 9 March 2015", "2015-03-09", sentence);
	}

	@Test
	void a_year_before_a_contest_won_lost_or_hosted_is_asked() {
		assertThat(prompts("Jane Roe, a sailor from Westbury, first won the 1988 Tour du Lac."))
			.contains("Fill in the date: Jane Roe, a sailor from Westbury, first won the _____ Tour du Lac.");
		assertThat(prompts("Her brother won the 1992 Coupe des Lacs."))
			.contains("Fill in the date: Her brother won the _____ Coupe des Lacs.");
		assertThat(prompts("Roe won the 2003 Acme Book Prize for her first novel."))
			.contains("Fill in the date: Roe won the _____ Acme Book Prize for her first novel.");
		assertThat(prompts("Westria hosted the 2011 Acme Games, and lost money on them."))
			.anyMatch(p -> p.contains("hosted the _____ Acme Games"));
		assertThat(prompts("John Doe lost the 1999 Westbury Open to his brother."))
			.anyMatch(p -> p.contains("lost the _____ Westbury Open"));
	}

	@Test
	void a_year_before_the_name_of_a_law_or_a_pact_is_asked() {
		assertThat(prompts("Jane Roe said the 1970 Clean Water Act gave the board no such power."))
			.contains("Fill in the date: Jane Roe said the _____ Clean Water Act gave the board no such power.");
		assertThat(prompts("Rebels were said to have broken the 2004 Westria Ceasefire Agreement."))
			.anyMatch(p -> p.contains("the _____ Westria Ceasefire Agreement"));
		assertThat(prompts("Both sides signed the 1992 Acme Treaty in a hotel."))
			.anyMatch(p -> p.contains("the _____ Acme Treaty"));
	}

	@Test
	void a_year_or_two_before_a_named_conflict_is_asked() {
		assertThat(prompts("The 2008–2009 Acme–Westria conflict left hundreds dead."))
			.contains("Fill in the date: The _____ Acme–Westria conflict left hundreds dead.");
		assertThat(prompts("Many fled during the 1994 Westria offensive, aid workers said."))
			.anyMatch(p -> p.contains("_____ Westria offensive"));
	}

	@Test
	void a_year_before_the_name_of_a_thing_is_not_asked() {
		assertThat(prompts("Jane Roe drove the 2008 Acme Roadster to work.")).isEmpty();
		assertThat(prompts("The 2011 Acme Camry sold well in Westria.")).noneMatch(p -> p.contains("_____ Acme Camry"));
		assertThat(prompts("Roe keeps the 1987 Westbury Cookbook on her desk.")).isEmpty();
	}

}
