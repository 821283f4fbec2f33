package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role or a body owned by a country, a town or a firm speaks as written: "Westria's
 * manager", "Westria's Ministry of Water". A name after the role, a title or a paper is
 * never read as such a body.
 */
class RolesOwnedByPlacesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_countrys_role_opening_the_sentence_is_the_speaker() {
		assertThat(quotes("Westria's manager said, \"We kept our heads and fully deserved the win tonight.\""))
			.containsExactly("Westria's manager :: We kept our heads and fully deserved the win tonight.");
		assertThat(quotes("After the final whistle, Westria's manager said: \"We kept our heads and fully deserved "
				+ "the win tonight.\""))
			.containsExactly("Westria's manager :: We kept our heads and fully deserved the win tonight.");
		assertThat(quotes("On Monday, Westria's caretaker head coach said: \"Nobody in this squad is safe now.\""))
			.containsExactly("Westria's caretaker head coach :: Nobody in this squad is safe now.");
	}

	@Test
	void a_word_opening_the_sentence_is_no_part_of_the_owner() {
		assertThat(quotes("But Eastmark's ministry said, \"The deal is dead and buried now.\""))
			.noneMatch(q -> q.startsWith("But "));
		assertThat(quotes("Yesterday Westria's coach said, \"We played badly in the second half.\""))
			.noneMatch(q -> q.startsWith("Yesterday "));
	}

	@Test
	void a_firms_role_is_the_speaker_before_a_quote_or_a_fragment() {
		assertThat(quotes("Acme's spokesman said, \"We will appeal against this ruling at once.\""))
			.containsExactly("Acme's spokesman :: We will appeal against this ruling at once.");
		assertThat(quotes("Acme's chief executive said the deal was \"a great day for everyone here\"."))
			.containsExactly("Acme's chief executive :: a great day for everyone here");
	}

	@Test
	void a_countrys_named_body_is_the_speaker_after_an_opening_phrase() {
		assertThat(quotes("In a statement on Friday, Westria's Ministry of Water said, \"Since May the floods have "
				+ "forced thousands out of their homes.\""))
			.containsExactly("Westria's Ministry of Water :: Since May the floods have forced thousands out of their "
					+ "homes.");
		assertThat(quotes("Westria's Interior Ministry said, \"Any march without a permit will be broken up.\""))
			.containsExactly("Westria's Interior Ministry :: Any march without a permit will be broken up.");
		assertThat(quotes("Westria's national police agency told reporters, \"Six men were held near the border.\""))
			.containsExactly("Westria's national police agency :: Six men were held near the border.");
	}

	@Test
	void a_longer_phrase_of_where_and_when_may_open_the_sentence_before_the_subject() {
		assertThat(quotes("In a notice posted to its website late Friday, Westria's Ministry of Water said, \"Every "
				+ "dam is being checked.\""))
			.containsExactly("Westria's Ministry of Water :: Every dam is being checked.");
		assertThat(quotes(
				"In a notice posted to its website late Friday, Jane Roe said, \"Every dam is being " + "checked.\""))
			.containsExactly("Jane Roe :: Every dam is being checked.");
	}

	@Test
	void the_same_in_a_tag_after_the_quote() {
		assertThat(quotes("\"We kept our heads and fully deserved the win,\" Westria's manager said after the match."))
			.containsExactly("Westria's manager :: We kept our heads and fully deserved the win");
	}

	@Test
	void a_name_after_the_role_or_inside_a_title_is_the_speaker() {
		assertThat(quotes("Westria's coach Tom Hale said, \"We played with heart and deserved the win.\""))
			.containsExactly("Tom Hale :: We played with heart and deserved the win.");
		assertThat(quotes("\"We played with heart,\" Westria's coach Tom Hale said after the match."))
			.containsExactly("Tom Hale :: We played with heart");
		assertThat(quotes("Westria's Prime Minister Jane Roe said, \"We will rebuild every home the river took.\""))
			.containsExactly("Jane Roe :: We will rebuild every home the river took.");
	}

	@Test
	void an_owned_thing_that_is_no_role_nor_body_is_no_speaker() {
		assertThat(quotes("Acme's recovery effort said, \"The search will go on for weeks at least.\""))
			.noneMatch(quote -> quote.startsWith("Acme"));
		assertThat(quotes("Upton's Evening Star reported, \"The mayor has quit after a row over the budget.\""))
			.noneMatch(quote -> quote.startsWith("Upton's"));
	}

}
