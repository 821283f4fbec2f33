package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.PersonFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who someone is or what an organisation is, when the cards cannot ask it from the
 * sentence that says it: the card is kept from another story, the role is spelled
 * otherwise there, or the person's single name is borne by others of the corpus. The
 * sentence still names the person or organisation beside the role, so it asks the role
 * there, as a blank in its own words.
 */
class ToldAgainClozesTest {

	@Test
	void a_surname_others_of_the_corpus_bear_too_is_asked_by_its_role_in_its_own_sentence() {
		Story first = new Story("a", "Ruth Dunmore, a teacher from Brno, won the national chess title on Sunday.\n")
			.person("Ruth Dunmore", "Ruth Dunmore", "a teacher from Brno");
		Story second = new Story("b", "The mayor met the press.\nPresident Dunmore signed the new budget on Monday.\n")
			.person("Dunmore", "Dunmore", "President");
		List<BankQuestion> questions = generate(first, second);
		assertThat(questions).noneMatch(q -> q.prompt().equals("Who is Dunmore?"));
		assertThat(asked(questions, "b"))
			.containsExactly("cloze: Fill in the role: _____ Dunmore signed the new budget on Monday. -> President");
	}

	@Test
	void a_role_spelled_otherwise_by_another_story_is_asked_in_this_storys_words() {
		Story first = new Story("a", "Vendish Foreign Minister Ivo Karel arrived in Brno on Tuesday for talks.\n")
			.person("Ivo Karel", "Ivo Karel", "Vendish Foreign Minister");
		Story second = new Story("b",
				"The talks ended.\nThe Vendish foreign minister, Ivo Karel, said the talks had gone well.\n")
			.person("Ivo Karel", "Ivo Karel", "the Vendish foreign minister");
		assertThat(asked(generate(first, second), "b")).containsExactly(
				"cloze: Fill in the role: _____, Ivo Karel, said the talks had gone well. -> The Vendish foreign minister");
	}

	@Test
	void a_card_kept_from_another_story_is_asked_where_the_story_names_the_person_by_the_surname_alone() {
		Story first = new Story("a", "President Alan Dunmore opened a library in Brno on Sunday.\n")
			.person("Alan Dunmore", "Alan Dunmore", "President");
		Story second = new Story("b", "The mayor met the press.\nPresident Dunmore signed the new budget on Monday.\n")
			.person("Dunmore", "Alan Dunmore", "President");
		assertThat(asked(generate(first, second), "b"))
			.containsExactly("cloze: Fill in the role: _____ Dunmore signed the new budget on Monday. -> President");
	}

	@Test
	void a_name_the_sentence_does_not_write_gets_no_role_cloze() {
		Story first = new Story("a", "President Alan Dunmore opened a library in Brno on Sunday.\n")
			.person("Alan Dunmore", "Alan Dunmore", "President");
		Story second = new Story("b", "The mayor met the press.\nPresident Alan signed the new budget on Monday.\n")
			.person("Alan", "Alan Dunmore", "President");
		assertThat(asked(generate(first, second), "b")).isEmpty();
	}

	@Test
	void a_relative_whose_single_name_others_bear_is_still_not_asked_without_whose_relative() {
		Story first = new Story("a", "Delfin Rosa, a fisherman from Tarn, sailed home on Sunday.\n")
			.person("Delfin Rosa", "Delfin Rosa", "a fisherman from Tarn");
		Story second = new Story("b", "The mayor met the press.\nHer brother Delfin sailed to Brno in 1979.\n")
			.person("Delfin", "Delfin", "brother");
		assertThat(asked(generate(first, second), "b")).isEmpty();
	}

	@Test
	void an_organisations_description_told_again_by_another_story_is_asked_there_as_a_blank() {
		Story first = new Story("a", "Critics wrote to the ruling party daily Zorya, which printed their letter.\n")
			.organisation("Zorya", "ruling party daily");
		Story second = new Story("b",
				"The mayor met the press.\nRuth Kell wrote to the ruling party daily Zorya on Saturday.\n")
			.organisation("Zorya", "ruling party daily");
		List<BankQuestion> questions = generate(first, second);
		assertThat(questions).filteredOn(q -> q.prompt().equals("What is Zorya?"))
			.singleElement()
			.satisfies(q -> assertThat(q.source().document()).isEqualTo("a"));
		assertThat(asked(questions, "b")).containsExactly(
				"cloze: Fill in the description: Ruth Kell wrote to the _____ Zorya on Saturday. -> ruling party daily");
	}

	@Test
	void a_places_description_told_again_by_another_story_is_asked_there_as_a_blank() {
		Story first = new Story("a", "A bomb went off outside the embassy in the Vendish capital Stavno on Friday.\n")
			.place("Stavno", "the Vendish capital");
		Story second = new Story("b",
				"The mayor met the press.\nAt least nine roofs were torn off in the Vendish capital of Stavno, and 40 others were damaged.\n")
			.place("Stavno", "the Vendish capital");
		assertThat(asked(generate(first, second), "b")).containsExactly(
				"cloze: Fill in the description: At least nine roofs were torn off in _____ of Stavno, and 40 others were damaged. -> the Vendish capital");
	}

	@Test
	void an_abbreviation_spelled_out_again_is_asked_as_what_it_stands_for() {
		Story first = new Story("a", "Vendia joined the North Atlantic Pact Organisation (NAPO) in March.\n")
			.organisation("NAPO", "North Atlantic Pact Organisation");
		Story second = new Story("b",
				"The mayor met the press.\nThree states signed papers to join the North Atlantic Pact Organisation (NAPO) on Friday.\n")
			.organisation("NAPO", "North Atlantic Pact Organisation");
		assertThat(asked(generate(first, second), "b")).containsExactly(
				"cloze: Fill in what NAPO stands for: Three states signed papers to join the _____ (NAPO) on Friday. -> North Atlantic Pact Organisation");
	}

	@Test
	void a_name_that_says_whose_thing_the_description_is_gets_no_blank() {
		Story first = new Story("a", "Vendia lost to the Tarn cricket team in the final on Sunday.\n")
			.organisation("Tarn", "cricket team");
		Story second = new Story("b",
				"The mayor met the press.\nRuth Kell played against the Tarn cricket team in Brno on Friday.\n")
			.organisation("Tarn", "cricket team");
		assertThat(asked(generate(first, second), "b")).isEmpty();
	}

	/** Each who-is-who question from the story, as "format: prompt -> answer". */
	private static List<String> asked(List<BankQuestion> questions, String story) {
		return questions.stream()
			.filter(q -> q.source().document().equals(story)
					&& (q.type().equals("person") || q.type().equals("entity")))
			.map(q -> q.format() + ": " + q.prompt() + " -> " + q.answer())
			.toList();
	}

	private static List<BankQuestion> generate(Story... stories) {
		List<SourceDocument> documents = new ArrayList<>();
		for (Story story : stories) {
			documents.add(story.document());
		}
		return QuestionGenerator.generate(documents);
	}

	/**
	 * An invented story and its who-is-who facts, each where its mention last appears
	 * (the sentence a test asks about).
	 */
	private static final class Story {

		private final String id;

		private final String text;

		private final List<Fact> facts = new ArrayList<>();

		Story(String id, String text) {
			this.id = id;
			this.text = text;
		}

		Story person(String mention, String name, String role) {
			int at = this.text.lastIndexOf(mention);
			this.facts.add(new PersonFact(mention, at, at + mention.length(), name, role));
			return this;
		}

		Story organisation(String name, String description) {
			int at = this.text.lastIndexOf(name);
			this.facts.add(new EntityFact(name, at, at + name.length(), name, description));
			return this;
		}

		Story place(String name, String description) {
			int at = this.text.lastIndexOf(name);
			this.facts.add(EntityFact.place(name, at, at + name.length(), description));
			return this;
		}

		SourceDocument document() {
			return new SourceDocument(
					new BankDocument(this.id, this.id, "1998-03-0" + (this.id.charAt(0) - 'a' + 3), null, null, "00"),
					this.text, DocumentText.of(this.text).sentences(), this.facts);
		}

	}

}
