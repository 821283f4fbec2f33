package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What an organisation is: asked so that a teacher reads it well and it gives nothing
 * away.
 */
class EntityQuestionsTest {

	private static final String TEXT = """
			Zentrix Corp. is based in Leeds, England.
			The plant went to Zentrix Corp.'s Zentrix Foods unit.
			Halvorsen, a Danish brewer, raised prices.
			Analysts at logistics firm Kestrel agreed.
			Rivals such as Halvorsen's Brovo Malt unit cut prices.
			Shares of Norbank, the region's oldest lender, fell.
			The Nordic-Baltic Forum, an association of Nordic journalists, met.
			Vantor, whose main business is making pumps and valves, said it lost money.
			Halden, which owns 40% of Brovo, publishes two newspapers.
			He took Toyvo, once a small toy wholesaler, and built a group.
			Pressa, which publishes two local newspapers, said sales fell.
			The Baltic Rowing Federation (BRF) banned two clubs.
			The Kallo news agency reported the strike.
			Security under the hardline Orsa government is better.
			The Clarion newspaper said the strike was over.
			""";

	private static final InventedDocument DOCUMENT = new InventedDocument(TEXT)
		.organisation("Zentrix Corp.", "based in Leeds, England")
		.organisation("Zentrix Foods", "a unit of Zentrix Corp.")
		.organisation("Halvorsen", "a Danish brewer")
		.organisation("Kestrel", "logistics firm")
		.organisation("Brovo Malt", "a unit of Halvorsen")
		.organisation("Norbank", "the region's oldest lender")
		.organisation("Nordic-Baltic Forum", "an association of Nordic journalists")
		.organisation("Vantor", "whose main business is making pumps and valves")
		.organisation("Halden", "which owns 40% of Brovo")
		.organisation("Toyvo", "once a small toy wholesaler")
		.organisation("Pressa", "which publishes two local newspapers")
		.organisation("BRF", "Baltic Rowing Federation")
		.organisation("Kallo", "news agency")
		.organisation("Orsa", "a hardline government")
		.organisation("Clarion", "a newspaper");

	@Test
	void where_a_company_is_based_is_asked_as_where_not_as_what() {
		assertThat(DOCUMENT.asked("Leeds, England")).containsExactly("flashcard: Where is Zentrix Corp. based?");
		assertThat(DOCUMENT.asked("Zentrix Corp.")).contains("typed: Which organisation is based in Leeds, England?");
	}

	@Test
	void the_other_organisations_are_the_wrong_answers() {
		assertThat(DOCUMENT.questions()).filteredOn(q -> q.answer().equals("Kestrel") && !q.options().isEmpty())
			.singleElement()
			.satisfies(q -> assertThat(q.prompt()).isEqualTo("Which organisation is described as a logistics firm?"));
	}

	@Test
	void a_unit_named_after_its_owner_is_asked_only_on_a_flashcard() {
		assertThat(DOCUMENT.asked("a unit of Zentrix Corp.")).contains("flashcard: What is Zentrix Foods?");
		assertThat(DOCUMENT.asked("Zentrix Foods")).isEmpty();
	}

	@Test
	void a_word_of_the_name_used_as_an_adjective_gives_nothing_away() {
		assertThat(DOCUMENT.asked("Nordic-Baltic Forum"))
			.contains("typed: Which organisation is described as an association of Nordic journalists?");
	}

	@Test
	void the_owner_a_description_names_is_no_wrong_answer_to_it() {
		assertThat(DOCUMENT.questions()).filteredOn(q -> q.answer().equals("Brovo Malt") && !q.options().isEmpty())
			.singleElement()
			.satisfies(q -> assertThat(q.options()).hasSize(4).doesNotContain("Halvorsen"));
	}

	@Test
	void a_business_told_in_a_whose_clause_is_asked_as_the_business() {
		assertThat(DOCUMENT.asked("making pumps and valves"))
			.containsExactly("flashcard: What is Vantor's main business?");
		assertThat(DOCUMENT.asked("Vantor"))
			.contains("typed: Which organisation's main business is making pumps and valves?");
	}

	@Test
	void what_an_organisation_owns_is_asked_as_what_it_owns_and_which_owns_it() {
		assertThat(DOCUMENT.asked("40% of Brovo")).containsExactly("flashcard: What does Halden own?");
		assertThat(DOCUMENT.asked("Halden")).contains("typed: Which organisation owns 40% of Brovo?");
	}

	@Test
	void what_an_organisation_once_was_is_asked_in_the_past() {
		assertThat(DOCUMENT.asked("a small toy wholesaler")).containsExactly("flashcard: What was Toyvo once?");
		assertThat(DOCUMENT.asked("Toyvo")).contains("typed: Which organisation was once a small toy wholesaler?");
	}

	@Test
	void what_an_organisation_does_is_asked_with_its_verb() {
		assertThat(DOCUMENT.asked("two local newspapers")).containsExactly("flashcard: What does Pressa publish?");
		assertThat(DOCUMENT.asked("Pressa")).contains("typed: Which organisation publishes two local newspapers?");
	}

	@Test
	void an_abbreviation_spelled_out_is_asked_as_what_it_stands_for() {
		assertThat(DOCUMENT.asked("Baltic Rowing Federation")).containsExactly("flashcard: What does BRF stand for?");
		assertThat(DOCUMENT.asked("BRF"))
			.containsExactly("typed: Which abbreviation stands for Baltic Rowing Federation?");
	}

	@Test
	void an_abbreviation_is_no_wrong_answer_to_which_organisation() {
		assertThat(DOCUMENT.questions()).filteredOn(q -> q.prompt().startsWith("Which organisation"))
			.allSatisfy(q -> assertThat(q.options()).doesNotContain("BRF"));
	}

	@Test
	void a_name_the_text_writes_with_the_is_asked_with_the() {
		assertThat(DOCUMENT.asked("an association of Nordic journalists"))
			.containsExactly("flashcard: What is the Nordic-Baltic Forum?");
		assertThat(DOCUMENT.asked("a hardline government")).containsExactly("flashcard: What is the Orsa?");
	}

	@Test
	void a_newspaper_named_before_its_noun_keeps_its_article() {
		assertThat(DOCUMENT.asked("a newspaper")).containsExactly("flashcard: What is the Clarion?");
	}

	@Test
	void a_name_that_qualifies_a_noun_leaves_the_article_to_the_noun() {
		assertThat(DOCUMENT.asked("news agency")).containsExactly("flashcard: What is Kallo?");
	}

}
