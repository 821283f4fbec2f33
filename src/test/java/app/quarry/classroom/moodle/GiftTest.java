package app.quarry.classroom.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.classroom.moodle.PortableQuestion.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftTest {

	private static final PortableQuestion CHOICE = new PortableQuestion("q-1", Kind.MULTIPLE_CHOICE,
			"On what date did the first correspondence take place?", "April 1, 2018", List.of(),
			List.of("June 12, 2018", "April 1, 2018", "March 1, 2018"));

	private static final PortableQuestion TRICKY = new PortableQuestion("q-2: {odd} name", Kind.SHORT_ANSWER,
			"What did Trump write? \"a = b ~ c # d {e} f: g\\h\"", "a = b", List.of("a = b", "a equals b"), List.of());

	private static final PortableQuestion TRUE_FALSE = new PortableQuestion("q-3", Kind.TRUE_FALSE,
			"Kim Jong-un wrote the first letter.", "true", List.of(), List.of());

	private static final PortableQuestion FLASHCARD = new PortableQuestion("q-4", Kind.DESCRIPTION,
			"Who is Kim Yo-jong?", "Kim Jong-un's sister", List.of(), List.of());

	@Test
	void each_format_is_written_as_its_gift_counterpart() {
		assertThat(GiftWriter.write(List.of(CHOICE, TRUE_FALSE, FLASHCARD))).isEqualTo(
				"""
						::q-1::On what date did the first correspondence take place? {~June 12, 2018 =April 1, 2018 ~March 1, 2018}

						::q-3::Kim Jong-un wrote the first letter. {TRUE}

						::q-4::Who is Kim Yo-jong?\\nAnswer\\: Kim Jong-un's sister
						""");
	}

	@Test
	void gift_special_characters_are_escaped() {
		assertThat(GiftWriter.question(TRICKY)).isEqualTo(
				"::q-2\\: \\{odd\\} name::What did Trump write? \"a \\= b \\~ c \\# d \\{e\\} f\\: g\\\\h\" {=a \\= b =a equals b}");
	}

	@Test
	void every_format_survives_a_round_trip() {
		List<PortableQuestion> questions = List.of(CHOICE, TRICKY, TRUE_FALSE, FLASHCARD);
		GiftParse parse = GiftReader.read(GiftWriter.write(questions));
		assertThat(parse.problems()).isEmpty();
		assertThat(parse.questions()).containsExactlyElementsOf(questions);
	}

	@Test
	void hand_written_gift_with_comments_feedback_weights_and_a_missing_word_is_read() {
		GiftParse parse = GiftReader.read("""
				// a comment
				$CATEGORY: $course$/Letters
				Who wrote the letter? {~Moon =%100%Kim#Right! ~Trump#No}

				The summit was held in {=Singapore =singapore} in 2018.

				How many letters? {#27}

				::tf::[plain]Trump met Kim in Hanoi.{T}
				""");
		assertThat(parse.problems()).isEmpty();
		assertThat(parse.questions()).containsExactly(
				new PortableQuestion("Who wrote the letter?", Kind.MULTIPLE_CHOICE, "Who wrote the letter?", "Kim",
						List.of(), List.of("Moon", "Kim", "Trump")),
				new PortableQuestion("The summit was held in _____ in 2018.", Kind.SHORT_ANSWER,
						"The summit was held in _____ in 2018.", "Singapore", List.of("Singapore", "singapore"),
						List.of()),
				new PortableQuestion("How many letters?", Kind.SHORT_ANSWER, "How many letters?", "27", List.of("27"),
						List.of()),
				new PortableQuestion("tf", Kind.TRUE_FALSE, "Trump met Kim in Hanoi.", "true", List.of(), List.of()));
	}

	@Test
	void malformed_questions_are_reported_with_their_line_and_none_is_taken() {
		GiftParse parse = GiftReader.read("""
				::ok::Fine? {T}

				::broken::Where
				was it? {=Hanoi

				Write an essay. {}

				Pick one {~a ~b}

				Half right {=a ~%50%b}

				No answer at all here.

				::unclosed title {=x}

				Match {=a -> 1 =b -> 2}

				Range {#1..5}
				""");
		assertThat(parse.ok()).isFalse();
		assertThat(parse.problems()).extracting(GiftProblem::toString)
			.containsExactly("line 4: the answer block opened with { is never closed",
					"line 6: an empty answer block {} is an essay question, which Quarry cannot grade",
					"line 8: a multiple-choice question needs exactly one right answer marked =, found 0",
					"line 10: partial credit (%50%) is not supported; mark one answer with =",
					"line 12: a question has no answer block {...} and no last line \"Answer: ...\"; Quarry cannot use a question without an answer",
					"line 14: the title opened with :: is never closed",
					"line 16: matching questions (->) are not supported",
					"line 18: numerical answer \"1..5\" is not a single number (ranges and tolerances are not supported)");
	}

	@Test
	void an_empty_file_is_a_problem_not_an_empty_import() {
		assertThat(GiftReader.read("\n// only a comment\n").problems()).extracting(GiftProblem::toString)
			.containsExactly("line 1: the file holds no GIFT questions");
	}

}
