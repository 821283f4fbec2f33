package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seats on a company's board given by the verb that fills them, each in an invented
 * sentence.
 */
class BoardSeatsTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void names_listed_after_new_directors_are_directors_of_the_company_that_named_them() {
		assertThat(people("Dorrit Corp. named five new directors: Anna Weiss, Tom Brandt and Paul Kent."))
			.containsExactly("Anna Weiss | director of Dorrit Corp.", "Tom Brandt | director of Dorrit Corp.",
					"Paul Kent | director of Dorrit Corp.");
	}

	@Test
	void elected_a_director_makes_a_director() {
		assertThat(people("Dorrit Corp. said it elected Anna Weiss a director."))
			.containsExactly("Anna Weiss | director of Dorrit Corp.");
	}

	@Test
	void with_two_companies_named_the_seat_is_told_without_one() {
		assertThat(people("Dorrit Corp. and Borel Inc. named two new directors: Anna Weiss and Tom Brandt."))
			.containsExactly("Anna Weiss | director", "Tom Brandt | director");
	}

	@Test
	void a_director_of_something_else_or_another_office_is_no_board_seat() {
		assertThat(people("The club named Anna Weiss a director of football.")).containsExactly("Anna Weiss | null");
		assertThat(people("Voters elected Anna Weiss a senator.")).containsExactly("Anna Weiss | null");
	}

	@Test
	void a_sentence_opening_on_new_board_seats_lists_who_fills_them() {
		assertThat(people("Other new board members include Anna Weiss and Tom Brandt."))
			.containsExactly("Anna Weiss | new board member", "Tom Brandt | new board member");
		assertThat(people("New directors include Anna Weiss and Tom Brandt."))
			.containsExactly("Anna Weiss | new director", "Tom Brandt | new director");
	}

	@Test
	void a_firm_given_inside_the_list_of_new_board_members_does_not_cut_it_short() {
		assertThat(people("New board members include Anna Weiss and Tom Brandt of Borel Bank, Paul Kent and Eva Lund."))
			.contains("Anna Weiss | new board member", "Tom Brandt | new board member", "Paul Kent | new board member",
					"Eva Lund | new board member");
	}

	@Test
	void board_members_inside_a_longer_subject_give_no_seat() {
		assertThat(people("Critics of the board members include Anna Weiss.")).containsExactly("Anna Weiss | null");
	}

}
