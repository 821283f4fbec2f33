package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.PersonFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is who: every role is asked so that its answer is unique. */
class PersonQuestionsTest {

	private static final String TEXT = """
			Senator Ann Cole opened the hearing.
			Ohio senator Bill Marsh asked the first question.
			Analyst Rosa Lind said the figures were sound.
			Gov. Alan Price signed the bill.
			Harbor analyst Nils Berg agreed with her.
			Port director Ida Moss welcomed the ruling.
			Tom Reed, a harbour pilot, watched from the gallery.
			""";

	private static final InventedDocument DOCUMENT = new InventedDocument(TEXT).person("Ann Cole", "Senator")
		.person("Bill Marsh", "Ohio senator")
		.person("Rosa Lind", "Analyst")
		.person("Alan Price", "Gov.")
		.person("Nils Berg", "Harbor analyst")
		.person("Ida Moss", "Port director")
		.person("Tom Reed", "a harbour pilot");

	@Test
	void a_role_nobody_else_holds_is_asked_every_way() {
		assertThat(DOCUMENT.asked("Bill Marsh")).containsExactlyInAnyOrder(
				"multiple_choice: Who is described as the Ohio senator?",
				"typed: Who is described as the Ohio senator?");
		assertThat(DOCUMENT.asked("Ohio senator")).containsExactly("flashcard: Who is Bill Marsh?");
	}

	@Test
	void a_role_held_by_someone_more_specific_is_asked_only_among_people_who_do_not_hold_it() {
		assertThat(DOCUMENT.asked("Ann Cole")).isEmpty();
		assertThat(DOCUMENT.asked("Senator")).containsExactly("flashcard: Who is Ann Cole?");
		BankQuestion harbor = DOCUMENT.questions()
			.stream()
			.filter(q -> q.answer().equals("Nils Berg") && q.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(harbor.options()).doesNotContain("Rosa Lind").contains("Nils Berg");
	}

	@Test
	void a_one_word_role_is_only_the_back_of_a_card_with_its_abbreviation_written_out() {
		assertThat(DOCUMENT.asked("Analyst")).containsExactly("flashcard: Who is Rosa Lind?");
		assertThat(DOCUMENT.asked("Governor")).containsExactly("flashcard: Who is Alan Price?");
	}

	@Test
	void a_role_with_an_indefinite_article_fits_many_people_so_it_is_only_a_choice_among_others() {
		assertThat(DOCUMENT.asked("Tom Reed"))
			.containsExactly("multiple_choice: Which of these people is described as a harbour pilot?");
		assertThat(DOCUMENT.asked("a harbour pilot")).containsExactly("flashcard: Who is Tom Reed?");
	}

	private static List<String> askedAbout(String text, String name, String role) {
		int at = text.indexOf(name);
		List<Fact> facts = List.of(new PersonFact(name, at, at + name.length(), name, role));
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("family", "Family", "2021-03-02", null, null, "00"),
					text, DocumentText.of(text).sentences(), facts)))
			.stream()
			.map(q -> q.format() + ": " + q.prompt() + " -> " + q.answer())
			.toList();
	}

	@Test
	void a_bare_title_that_says_no_office_is_not_asked() {
		assertThat(askedAbout("Secretary Ada Ferrand flew to the summit.\n", "Ada Ferrand", "Secretary")).isEmpty();
		assertThat(askedAbout("Minister Paul Ferrand opened the bridge.\n", "Paul Ferrand", "Minister")).isEmpty();
		assertThat(askedAbout("Secretary of Transport Ada Ferrand flew to the summit.\n", "Ada Ferrand",
				"Secretary of Transport"))
			.contains("flashcard: Who is Ada Ferrand? -> Secretary of Transport");
	}

	@Test
	void a_relative_whose_relation_lost_its_other_end_is_asked_only_in_its_own_sentence() {
		assertThat(askedAbout("Her husband Paul Ferrand was a chemist too.\n", "Paul Ferrand", "husband"))
			.containsExactly("cloze: Fill in the role: Her _____ Paul Ferrand was a chemist too. -> husband");
		assertThat(askedAbout("His great-uncle Paul Ferrand was a chemist.\n", "Paul Ferrand", "great-uncle"))
			.containsExactly("cloze: Fill in the role: His _____ Paul Ferrand was a chemist. -> great-uncle");
		assertThat(
				askedAbout("His brother Tom Ferrand claimed the verdict was a disgrace.\n", "Tom Ferrand", "brother"))
			.containsExactly(
					"cloze: Fill in the role: His _____ Tom Ferrand claimed the verdict was a disgrace. -> brother");
		assertThat(askedAbout("His paternal grandmother Ada Ferrand was a chemist.\n", "Ada Ferrand",
				"paternal grandmother"))
			.noneMatch(q -> q.contains("Who"));
		assertThat(askedAbout("She leaves behind a son, Paul Ferrand.\n", "Paul Ferrand", "a son"))
			.noneMatch(q -> q.contains("Who"));
	}

	@Test
	void a_post_held_then_is_asked_in_the_past_and_only_of_the_person() {
		assertThat(askedAbout(
				"The plan was first floated in a letter by Ada Ferrand, then-Norland ambassador to Ruritania.\n",
				"Ada Ferrand", "then-Norland ambassador to Ruritania"))
			.containsExactly("flashcard: Who was Ada Ferrand at the time? -> Norland ambassador to Ruritania");
		assertThat(askedAbout("The bridge was opened by the then-mayor of Eastport, Paul Ferrand.\n", "Paul Ferrand",
				"then-mayor of Eastport"))
			.containsExactly("flashcard: Who was Paul Ferrand at the time? -> mayor of Eastport");
		// a bare title says no post: mayor of where?
		assertThat(askedAbout("The bridge was opened by the then-mayor Paul Ferrand.\n", "Paul Ferrand", "then-mayor"))
			.noneMatch(q -> q.contains("at the time"));
		assertThat(askedAbout("She met her then-boyfriend Paul Ferrand in Rome.\n", "Paul Ferrand", "then-boyfriend"))
			.isEmpty();
		assertThat(askedAbout("She met her then-husband Paul Ferrand in Rome.\n", "Paul Ferrand", "then-husband"))
			.isEmpty();
	}

	@Test
	void a_role_opened_by_its_owners_name_is_asked_though_a_tagger_reads_the_owner_as_a_verb() {
		assertThat(askedAbout("Norrail's CEO, Paul Ferrand, addressing the crowd on Friday, blamed the signals.\n",
				"Paul Ferrand", "Norrail's CEO"))
			.contains("flashcard: Who is Paul Ferrand? -> Norrail's CEO");
		assertThat(askedAbout("Norrail's chairman, Ada Ferrand, blamed the signals.\n", "Ada Ferrand",
				"Norrail's chairman"))
			.contains("flashcard: Who is Ada Ferrand? -> Norrail's chairman");
	}

	@Test
	void a_role_owned_by_a_name_with_a_surname_article_needs_no_article_of_its_own() {
		assertThat(askedAbout("The guards held Omar al-Tarik's son, Hadi Tarik, for a day.\n", "Hadi Tarik",
				"Omar al-Tarik's son"))
			.contains("typed: Who is Omar al-Tarik's son? -> Hadi Tarik");
	}

	@Test
	void a_religious_title_that_is_also_a_word_for_kin_is_asked_as_the_title_it_is() {
		assertThat(askedAbout("Sister Ruth Vale blessed the new wing.\n", "Ruth Vale", "Sister"))
			.containsExactly("flashcard: Who is Ruth Vale? -> Sister");
	}

	@Test
	void a_doctors_title_is_written_out_on_the_back_of_a_card() {
		assertThat(askedAbout("Dr. Omar Haddad treated the wounded.\n", "Omar Haddad", "Dr."))
			.containsExactly("flashcard: Who is Omar Haddad? -> Doctor");
	}

	@Test
	void a_role_too_long_for_a_card_is_its_first_post() {
		String role = "a Liberal member of Parliament and chairman of the Select Committee on Trade and Industry in "
				+ "the Republic of Orne's House of Commons";
		assertThat(askedAbout("Ada Ferrand, " + role + ", said so.\n", "Ada Ferrand", role))
			.contains("flashcard: Who is Ada Ferrand? -> a Liberal member of Parliament");
	}

	@Test
	void another_of_a_kind_is_one_of_that_kind_on_a_card() {
		assertThat(askedAbout("Ada Ferrand, another tax opponent, spoke.\n", "Ada Ferrand", "another tax opponent"))
			.contains("flashcard: Who is Ada Ferrand? -> a tax opponent");
	}

	@Test
	void a_role_whose_owner_the_text_does_not_name_is_only_the_back_of_a_card() {
		assertThat(
				askedAbout("The boy's father, Paul Ferrand, will fly to Rome.\n", "Paul Ferrand", "the boy's father"))
			.containsExactly("flashcard: Who is Paul Ferrand? -> the boy's father");
	}

	@Test
	void a_role_one_of_several_holds_is_never_asked_as_if_one_person_held_it() {
		assertThat(askedAbout("Her grandmothers, Ada Ferrand and Lise Roy, flew to Rome.\n", "Ada Ferrand",
				"one of Paul Ferrand's grandmothers"))
			.noneMatch(q -> q.startsWith("typed:"));
	}

	@Test
	void a_place_of_work_fits_everyone_there_so_it_is_only_the_back_of_a_card() {
		assertThat(askedAbout("Ada Ferrand, who works at a bakery in Rome, said so.\n", "Ada Ferrand",
				"someone who works at a bakery in Rome"))
			.containsExactly("flashcard: Who is Ada Ferrand? -> someone who works at a bakery in Rome");
	}

	@Test
	void a_relative_known_by_one_name_is_asked_by_it_when_the_role_says_whose_relative() {
		assertThat(
				askedAbout("She followed her elder sister Odile to Rome.\n", "Odile", "Matilda Ferrand's elder sister"))
			.contains("flashcard: Who is Odile? -> Matilda Ferrand's elder sister",
					"typed: Who is Matilda Ferrand's elder sister? -> Odile");
	}

	@Test
	void a_poorer_form_of_a_role_the_person_holds_in_full_makes_no_second_card() {
		String text = "Secretary Vera Lund arrived.\nUS Secretary of Trade Vera Lund spoke.\n";
		List<Fact> facts = new ArrayList<>();
		facts
			.add(new PersonFact("Vera Lund", text.indexOf("Vera"), text.indexOf("Vera") + 9, "Vera Lund", "Secretary"));
		int second = text.lastIndexOf("Vera");
		facts.add(new PersonFact("Vera Lund", second, second + 9, "Vera Lund", "US Secretary of Trade"));
		List<String> cards = QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("visit", "Visit", "2021-03-02", null, null, "00"),
					text, DocumentText.of(text).sentences(), facts)))
			.stream()
			.filter(q -> q.format().equals("flashcard"))
			.map(q -> q.prompt() + " -> " + q.answer())
			.toList();
		assertThat(cards).containsExactly("Who is Vera Lund? -> US Secretary of Trade");
	}

	@Test
	void a_person_known_only_by_a_description_is_no_answer() {
		assertThat(
				askedAbout("She was the judge in Orne County.\n", "the mayor of Ledbury", "the judge in Orne County"))
			.isEmpty();
	}

	@Test
	void a_broadcast_sign_off_is_no_statement_yet_says_who_reported_for_whom() {
		assertThat(askedAbout("Floods closed the coast road.\nJim Loring, ABC News, Hong Kong.\n", "Jim Loring",
				"a reporter for ABC News"))
			.contains("flashcard: Who is Jim Loring? -> a reporter for ABC News");
	}

	@Test
	void a_person_the_text_names_by_one_word_only_is_asked_by_it() {
		assertThat(askedAbout("Deputy Trade Secretary Halvorsen wrote to the board.\n", "Halvorsen",
				"Deputy Trade Secretary"))
			.contains("flashcard: Who is Halvorsen? -> Deputy Trade Secretary");
	}

	@Test
	void one_word_that_is_part_of_another_persons_name_in_the_corpus_is_not_asked() {
		String text = "Mayor Ida Halvorsen opened the bridge.\nDeputy Trade Secretary Halvorsen wrote to her.\n";
		List<Fact> facts = new ArrayList<>();
		facts.add(new PersonFact("Ida Halvorsen", text.indexOf("Ida"), text.indexOf("Ida") + 13, "Ida Halvorsen",
				"Mayor"));
		int single = text.lastIndexOf("Halvorsen");
		facts.add(new PersonFact("Halvorsen", single, single + 9, "Halvorsen", "Deputy Trade Secretary"));
		assertThat(QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("bridge", "Bridge", "2021-03-02", null, null, "00"),
					text, DocumentText.of(text).sentences(), facts)))
			.stream()
			.map(BankQuestion::prompt)
			.toList()).doesNotContain("Who is Halvorsen?");
	}

	@Test
	void a_role_spelled_two_ways_in_two_documents_is_one_card() {
		String first = "U.S. Envoy Vera Lund arrived.\n";
		String second = "US Envoy Vera Lund spoke.\n";
		List<String> cards = QuestionGenerator
			.generate(List.of(document("arrival", first, "U.S. Envoy"), document("speech", second, "US Envoy")))
			.stream()
			.filter(q -> q.format().equals("flashcard"))
			.map(q -> q.prompt() + " -> " + q.answer())
			.toList();
		assertThat(cards).containsExactly("Who is Vera Lund? -> U.S. Envoy");
	}

	@Test
	void a_role_a_list_of_people_shares_is_asked_only_as_a_choice_among_others() {
		String text = "The rebels were led by Tomas Varga and Ilse Brandt.\n";
		List<Fact> facts = new ArrayList<>();
		for (String name : List.of("Tomas Varga", "Ilse Brandt")) {
			facts.add(new PersonFact(name, text.indexOf(name), text.indexOf(name) + name.length(), name,
					"a leader of the rebels"));
		}
		List<String> asked = QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("revolt", "Revolt", "2021-03-02", null, null, "00"),
					text, DocumentText.of(text).sentences(), facts)))
			.stream()
			.map(q -> q.format() + ": " + q.prompt() + " -> " + q.answer())
			.toList();
		assertThat(asked).contains("flashcard: Who is Tomas Varga? -> a leader of the rebels",
				"flashcard: Who is Ilse Brandt? -> a leader of the rebels");
		assertThat(asked).noneMatch(q -> q.startsWith("typed:"));
	}

	private static SourceDocument document(String id, String text, String role) {
		int at = text.indexOf("Vera Lund");
		return new SourceDocument(new BankDocument(id, id, "2021-03-02", null, null, "00"), text,
				DocumentText.of(text).sentences(), List.of(new PersonFact("Vera Lund", at, at + 9, "Vera Lund", role)));
	}

	@Test
	void one_act_of_a_person_given_no_role_is_asked_by_the_act_and_on_a_card() {
		String text = "Dorothy Pellman delivered a message to the county board.\n";
		String role = "someone who delivered a message to the county board";
		List<Fact> facts = List.of(new PersonFact("Dorothy Pellman", 0, 15, "Dorothy Pellman", role));
		List<String> asked = QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("board", "Board", "2021-03-02", null, null, "00"),
					text, DocumentText.of(text).sentences(), facts)))
			.stream()
			.filter(q -> q.type().equals("person"))
			.map(q -> q.format() + ": " + q.prompt() + " -> " + q.answer())
			.toList();
		assertThat(asked).containsExactlyInAnyOrder(
				"flashcard: Who is Dorothy Pellman? -> someone who delivered a message to the county board",
				"typed: Who delivered a message to the county board? -> Dorothy Pellman");
	}

}
