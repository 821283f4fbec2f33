package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of new board members that gives some of them their firm on the way: each name
 * still fills a seat, in an invented sentence.
 */
class AffiliatedBoardListTest {

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void names_before_and_after_a_firm_in_the_list_are_all_new_board_members() {
		assertThat(people("Other new board members include Ann Ruiz and Tom Beck of Halden Bank, Carl Moss, "
				+ "Dana Petty and Rob Hale."))
			.contains("Ann Ruiz | new board member", "Tom Beck | new board member", "Carl Moss | new board member",
					"Dana Petty | new board member", "Rob Hale | new board member")
			.noneMatch(found -> found.startsWith("Halden Bank"));
	}

	@Test
	void a_list_that_goes_on_past_the_sentence_shape_gives_no_seat() {
		assertThat(people("Other new board members include Ann Ruiz of Halden Bank, Carl Moss and others who "
				+ "declined to be named."))
			.noneMatch(found -> found.endsWith("| new board member"));
	}

}
