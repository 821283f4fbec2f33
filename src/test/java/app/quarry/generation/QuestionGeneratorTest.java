package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LetterFact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGeneratorTest {

	static final String MOON = """
			The first correspondence between the two leaders took place on April 1, 2018, just after former US Secretary of State Mike Pompeo paid a top-secret visit to North Korea.
			On Sept. 8, an official at the US State Department confirmed to CNN and other media organizations that Kim’s letter to Trump had been received by Pompeo.
			27 letters exchanged between Kim and Trump between April 2018 and August 2019 were released by the Korus Journal.
			He also said he saw the interest as “unnecessary.”
			Kim Yo Jong, the influential sister of North Korean leader Kim Jong Un, stated, “We do not want to give any meaning to the US side’s unilateral assessment of the past DPRK-US dialogue.”
			“This is a big and very positive statement from North Korea,” he tweeted.
			National Security Office chief Chung Eui-yong led the delegation.
			""";

	private static Fact date(String text, String value) {
		int at = MOON.indexOf(text);
		return new DateFact(text, at, at + text.length(), value, false);
	}

	private static List<Fact> facts() {
		List<Fact> facts = new ArrayList<>();
		facts.add(date("April 1, 2018", "2018-04-01"));
		facts.add(date("Sept. 8", "2018-09-08"));
		facts.add(date("June 12, 2018", "2018-06-12"));
		int at = MOON.indexOf("27 letters");
		facts.add(new CountFact("27 letters", at, at + 10, 27, false, "letter"));
		String quote = "“We do not want to give any meaning to the US side’s unilateral assessment of the past DPRK-US dialogue.”";
		at = MOON.indexOf(quote);
		facts.add(new QuoteFact(quote, at, at + quote.length(), quote.substring(1, quote.length() - 1), "Kim Yo Jong"));
		at = MOON.indexOf("Kim Yo Jong");
		facts.add(new PersonFact("Kim Yo Jong", at, at + 11, "Kim Yo Jong",
				"the influential sister of North Korean leader Kim Jong Un"));
		at = MOON.indexOf("Chung Eui-yong");
		facts.add(new PersonFact("Chung Eui-yong", at, at + 14, "Chung Eui-yong", "National Security Office chief"));
		at = MOON.indexOf("Mike Pompeo");
		facts.add(new PersonFact("Mike Pompeo", at, at + 11, "Mike Pompeo", "former US Secretary of State"));
		facts.add(new PersonFact("Donald Trump", 0, 1, "Donald Trump", "US President"));
		facts.add(new PersonFact("Moon Jae-in", 0, 1, "Moon Jae-in", "South Korean President"));
		return facts;
	}

	static SourceDocument document() {
		return new SourceDocument(new BankDocument("moon", "Moon", "2022-09-26", null, null, "00"), MOON,
				DocumentText.of(MOON).sentences(), facts());
	}

	private static List<BankQuestion> questions() {
		return QuestionGenerator.generate(List.of(document()));
	}

	private static BankQuestion find(String type, String format, String promptStart) {
		return questions().stream()
			.filter(q -> q.type().equals(type) && q.format().equals(format) && q.prompt().startsWith(promptStart))
			.findFirst()
			.orElseThrow(() -> new AssertionError(type + "/" + format + " " + promptStart + " not in " + questions()));
	}

	@Test
	void a_role_a_later_document_states_again_is_asked_there_in_its_own_words_and_the_card_stays_single() {
		String other = "The talks stalled in May.\nNational Security Office chief Chung Eui-yong flew to Pyongyang.\n";
		int at = other.indexOf("Chung Eui-yong");
		SourceDocument later = new SourceDocument(new BankDocument("trip", "Trip", "2022-09-27", null, null, "01"),
				other, DocumentText.of(other).sentences(), List.of(new PersonFact("Chung Eui-yong", at, at + 14,
						"Chung Eui-yong", "National Security Office chief")));
		List<BankQuestion> both = QuestionGenerator.generate(List.of(later, document()));
		assertThat(both).filteredOn(q -> q.prompt().equals("Who is Chung Eui-yong?"))
			.singleElement()
			.satisfies(q -> assertThat(q.source().document()).isEqualTo("moon"));
		assertThat(both).filteredOn(q -> q.source().document().equals("trip") && q.type().equals("person"))
			.singleElement()
			.satisfies(q -> {
				assertThat(q.format()).isEqualTo("cloze");
				assertThat(q.prompt()).isEqualTo("Fill in the role: _____ Chung Eui-yong flew to Pyongyang.");
				assertThat(q.answer()).isEqualTo("National Security Office chief");
			});
	}

	@Test
	void a_role_told_by_one_document_only_gets_no_role_cloze() {
		assertThat(questions()).noneMatch(q -> q.prompt().startsWith("Fill in the role"));
	}

	@Test
	void a_date_sentence_becomes_a_when_question_around_its_subject_and_verb() {
		BankQuestion q = find("date", "typed", "On what date did the first");
		assertThat(q.prompt())
			.isEqualTo("On what date did the first correspondence between the two leaders take place?");
		assertThat(q.answer()).isEqualTo("April 1, 2018");
		assertThat(q.value()).isEqualTo("2018-04-01");
		assertThat(q.accepted()).containsExactly("April 1, 2018", "1 April 2018", "2018-04-01");
	}

	@Test
	void a_date_opening_the_sentence_is_dropped_with_its_preposition() {
		BankQuestion q = find("date", "typed", "On what date did an official");
		assertThat(q.prompt()).isEqualTo(
				"On what date did an official at the US State Department confirm to CNN and other media organizations that Kim’s letter to Trump had been received by Pompeo?");
	}

	@Test
	void multiple_choice_dates_offer_four_distinct_dates_of_the_same_precision_in_order() {
		BankQuestion q = find("date", "multiple_choice", "On what date did the first");
		assertThat(q.options()).hasSize(4).doesNotHaveDuplicates().contains("April 1, 2018");
		assertThat(q.options()).allMatch(o -> o.matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}"));
	}

	@Test
	void a_cloze_blanks_the_date_as_written() {
		BankQuestion q = find("date", "cloze", "Fill in the date: On _____, an official");
		assertThat(q.answer()).isEqualTo("Sept. 8");
		assertThat(q.accepted()).contains("Sept. 8", "September 8, 2018", "2018-09-08");
	}

	@Test
	void a_count_opening_the_sentence_becomes_a_how_many_question() {
		BankQuestion q = find("count", "typed", "How many");
		assertThat(q.prompt()).isEqualTo(
				"How many letters exchanged between Kim and Trump between April 2018 and August 2019 were released by the Korus Journal?");
		assertThat(q.value()).isEqualTo("27");
	}

	@Test
	void a_quote_asks_who_said_it_with_other_people_of_the_corpus_as_options() {
		BankQuestion q = find("quote", "multiple_choice", "Who said");
		assertThat(q.prompt()).isEqualTo(
				"Who said: “We do not want to give any meaning to the US side’s unilateral assessment of the past DPRK-US dialogue”?");
		assertThat(q.answer()).isEqualTo("Kim Yo Jong");
		assertThat(q.options()).hasSize(4).contains("Kim Yo Jong").doesNotHaveDuplicates();
	}

	@Test
	void a_role_asks_who_holds_it() {
		BankQuestion q = find("person", "typed", "Who is the influential");
		assertThat(q.prompt()).isEqualTo("Who is the influential sister of North Korean leader Kim Jong Un?");
		assertThat(q.answer()).isEqualTo("Kim Yo Jong");
	}

	@Test
	void sentences_that_lean_on_a_pronoun_give_no_question() {
		assertThat(questions()).noneMatch(q -> q.source().sentence().startsWith("He also said"));
	}

	@Test
	void no_prompt_contains_its_answer() {
		assertThat(questions()).isNotEmpty()
			.allSatisfy(q -> assertThat(Prose.mentions(q.prompt(), q.answer())).as(q.prompt()).isFalse());
	}

	@Test
	void ids_are_stable_and_unique() {
		List<String> first = questions().stream().map(BankQuestion::id).toList();
		assertThat(first).doesNotHaveDuplicates().allMatch(id -> id.matches("q-[0-9a-f]{12}"));
		assertThat(questions().stream().map(BankQuestion::id).toList()).isEqualTo(first);
	}

	@Test
	void a_letter_header_that_is_no_sentence_asks_who_wrote_the_letter_and_cites_the_header() {
		String text = """
				His Excellency Mr. Kim Jong-un

				ID: LFG-2018-0011

				January 29th, 2018

				Dear Chairman Kim, I hope this letter finds you well.

				Sincerely, Isaiah X. Smith
				""";
		String header = text.substring(0, text.indexOf("\n\nDear"));
		LetterFact letter = new LetterFact(header, 0, header.length(), "Isaiah X. Smith", "Kim Jong-un", "2018-01-29",
				"LFG-2018-0011", null, null, null, null);
		SourceDocument document = new SourceDocument(
				new BankDocument("letter", "Letter", "2018-01-29", null, null, "00"), text,
				DocumentText.of(text).sentences(), List.of(letter));

		List<BankQuestion> questions = QuestionGenerator.generate(List.of(document));

		assertThat(questions).extracting(BankQuestion::format, BankQuestion::prompt, BankQuestion::answer)
			.contains(
					org.assertj.core.groups.Tuple.tuple("typed",
							"Who wrote the letter to Kim Jong-un dated January 29, 2018?", "Isaiah X. Smith"),
					org.assertj.core.groups.Tuple.tuple("flashcard",
							"What reference ID does Isaiah X. Smith's letter to Kim Jong-un dated January 29, 2018 carry?",
							"LFG-2018-0011"));
		assertThat(questions).allSatisfy(q -> assertThat(q.source().sentence()).isEqualTo(header));
	}

}
