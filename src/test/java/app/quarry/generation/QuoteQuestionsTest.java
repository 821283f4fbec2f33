package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.people.QuoteExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who-said questions from a report written for these tests. */
class QuoteQuestionsTest {

	static final String REPORT = """
			City approves $4 million flood relief package

			The city council approved a $4 million "flood relief package" on Tuesday. Mayor Ines Cordero said \
			"The water took homes from four hundred families. We will rebuild every one of them."
			Councillor Peter Lund called the vote "a promise kept to the river district".
			Engineer Dana Whitfield described the new levee as a "turning point" for the town.
			"Construction starts in May," a senior official said.
			The campaign, known as "Dry Feet Now", collected eight thousand signatures.
			Council clerk Tomas Reyes, also known as Tom Reyes, read the result; Mira Holt of the Lakeview Mall \
			and the Old Mill Bridge committee watched.
			""";

	private static List<BankQuestion> questions() {
		DocumentText text = DocumentText.of(REPORT);
		List<Fact> facts = new ArrayList<>(new QuoteExtractor().find(text, new ExtractionContext("flood", null)));
		// people the rest of the corpus names, some only in passing
		facts.add(new PersonFact("Tomas Reyes", 0, 1, "Tomas Reyes", "Council clerk"));
		facts.add(new PersonFact("Tom Reyes", 0, 1, "Tom Reyes", null));
		facts.add(new PersonFact("Lakeview Mall", 0, 1, "Lakeview Mall", null));
		facts.add(new PersonFact("Old Mill Bridge", 0, 1, "Old Mill Bridge", null));
		SourceDocument document = new SourceDocument(new BankDocument("flood", "Flood", "2024-03-05", null, null, "00"),
				REPORT, text.sentences(), facts);
		return QuestionGenerator.generate(List.of(document)).stream().filter(q -> q.type().equals("quote")).toList();
	}

	private static BankQuestion find(String format, String promptPart) {
		return questions().stream()
			.filter(q -> q.format().equals(format) && q.prompt().contains(promptPart))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + format + " question with " + promptPart));
	}

	@Test
	void a_quotation_of_two_sentences_is_asked_whole() {
		assertThat(find("typed", "four hundred families").prompt()).isEqualTo(
				"Who said: “The water took homes from four hundred families. We will rebuild every one of them”?");
		assertThat(find("typed", "four hundred families").answer()).isEqualTo("Ines Cordero");
	}

	@Test
	void words_from_the_middle_of_a_sentence_are_asked_as_words_the_speaker_used() {
		assertThat(find("typed", "a promise kept").prompt())
			.isEqualTo("Who used the words “a promise kept to the river district”?");
		assertThat(find("typed", "turning point").answer()).isEqualTo("Dana Whitfield");
	}

	@Test
	void labels_and_terms_in_quotation_marks_are_not_asked() {
		assertThat(questions()).noneMatch(q -> q.prompt().contains("flood relief package"))
			.noneMatch(q -> q.prompt().contains("Dry Feet Now"));
	}

	@Test
	void a_speaker_described_without_a_name_is_only_on_a_flashcard() {
		assertThat(questions()).filteredOn(q -> q.prompt().contains("Construction starts in May"))
			.extracting(BankQuestion::format, BankQuestion::answer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("flashcard", "A senior official"));
	}

	@Test
	void who_said_options_are_other_speakers_and_people_never_places_or_a_second_form_of_a_name() {
		BankQuestion q = find("multiple_choice", "four hundred families");
		assertThat(q.options()).hasSize(4)
			.contains("Ines Cordero")
			.doesNotContain("Lakeview Mall", "Old Mill Bridge")
			.doesNotHaveDuplicates();
		assertThat(q.options().stream().filter(o -> o.endsWith("Reyes"))).hasSizeLessThanOrEqualTo(1);
	}

	private static List<String> prompts(String report) {
		DocumentText text = DocumentText.of(report);
		List<Fact> facts = new ArrayList<>(new QuoteExtractor().find(text, new ExtractionContext("port", null)));
		SourceDocument document = new SourceDocument(new BankDocument("port", "Port", "2024-03-05", null, null, "00"),
				report, text.sentences(), facts);
		return QuestionGenerator.generate(List.of(document))
			.stream()
			.filter(q -> q.type().equals("quote") && q.format().equals("typed"))
			.map(q -> q.prompt() + " " + q.answer())
			.toList();
	}

	@Test
	void a_short_quoted_sentence_after_an_attributed_one_is_asked() {
		assertThat(prompts(
				"Port\n\n\"It is very annoying waiting for the ferry,\" said Ines Varga. \"It's very cold.\"\n"))
			.contains("Who used the words “It's very cold”? Ines Varga");
	}

	@Test
	void a_short_quoted_sentence_in_typewriter_marks_is_asked_too() {
		assertThat(prompts("Port\n\n``The storm has not turned anyone against the crews,'' said Ines Varga. "
				+ "``We are friends.''\n"))
			.contains("Who used the words “We are friends”? Ines Varga");
	}

	@Test
	void a_phrase_the_document_writes_outside_typewriter_marks_is_its_own() {
		assertThat(prompts("Port\n\nThe town approved a relief package on Monday. "
				+ "Mayor Ines Varga called it a ``relief package'' for the crews.\n"))
			.noneMatch(prompt -> prompt.contains("relief package"));
	}

	@Test
	void words_first_quoted_in_the_story_then_again_in_apostrophe_marks_are_the_speakers() {
		assertThat(prompts("Port\n\nTom Hale lashed out at the board, accusing it of ''plain fraud'' for closing "
				+ "the yard.\n''This is plain fraud, what they are doing to the town,'' Hale said.\n"))
			.contains("Who used the words “plain fraud”? Tom Hale");
	}

	@Test
	void a_few_short_words_in_lower_case_are_no_title() {
		assertThat(prompts("Port\n\nThere is \"no way\" the crews will sail before spring, Tom Hale said.\n"))
			.contains("Who used the words “no way”? Tom Hale");
		assertThat(prompts("Port\n\nTom Hale said the ship was named \"Sea Fox\" after his father.\n"))
			.noneMatch(prompt -> prompt.contains("Sea Fox"));
	}

	@Test
	void a_single_word_that_is_all_the_speaker_said_is_asked() {
		assertThat(prompts("Port\n\nMinister Tom Hale signed the treaty. \"Finally,\" Hale exclaimed.\n"))
			.containsExactly("Who used the words “Finally”? Tom Hale");
	}

	@Test
	void a_phrase_the_speaker_repeats_in_another_quotation_is_still_theirs() {
		assertThat(prompts("Port\n\nTom Hale called the closure a \"serious blow.\" \"It is a serious blow to every "
				+ "family here,\" Hale said.\n"))
			.contains("Who used the words “serious blow”? Tom Hale");
	}

	@Test
	void a_wire_dash_in_a_quotation_is_shown_as_a_dash_not_as_a_blank() {
		String text = "Levee holds\n\n\"We need a plan _ such as a second levee,\" said engineer Dana Whitfield.\n";
		DocumentText document = DocumentText.of(text);
		List<Fact> facts = new ArrayList<>(new QuoteExtractor().find(document, new ExtractionContext("levee", null)));
		List<BankQuestion> asked = QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("levee", "Levee", "2024-03-05", null, null, "00"),
					text, document.sentences(), facts)));
		assertThat(asked).filteredOn(q -> q.type().equals("quote"))
			.isNotEmpty()
			.allMatch(q -> q.prompt().contains("plan — such as") && !q.prompt().contains(" _ "));
	}

}
