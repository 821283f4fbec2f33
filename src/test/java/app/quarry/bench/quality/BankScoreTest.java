package app.quarry.bench.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the rules of the project's scorer ({@code score_bank.py}) that the Java port must
 * keep, on an invented bank and gold.
 */
class BankScoreTest {

	private static final String LAUNCH = "The probe was launched on 3 May 2016 with 12 instruments.";

	private static final String SPEECH = "\u201cWe are ready,\u201d said Dr. Ana Pérez, the mission\u2019s director.";

	private static final List<Map<String, Object>> GOLD = List.of(fact("g1", "date", LAUNCH, "value", "2016-05-03"),
			fact("g2", "count", LAUNCH, "value", 12),
			fact("g3", "date", "From 2009 to 2011 it was built.", "value", "2009/2011"),
			fact("g4", "quote", SPEECH, "quote", "We are ready,", "speaker", "Ana Pérez", "aliases",
					List.of("Dr. Ana Pérez")),
			fact("g5", "quote", "Critics called it \"the golden egg\", said Tom Hale.", "quote", "the golden egg",
					"speaker", null, "aliases", List.of(), "phrase", true, "attributed_to", "critics"),
			fact("g6", "entity", SPEECH, "subject", "Ana Pérez", "relation", "role", "value", "the mission's director"),
			fact("g7", "count", "It has two moons.", "value", 2));

	private static final List<Map<String, Object>> QUESTIONS = List.of(
			question("date", "cloze", "2016-05-03", LAUNCH.replace("3 May 2016", "_____")),
			// true/false carries true/false as its value: unjudged, and never a hit
			question("date", "true_false", "true", LAUNCH),
			// one end of a range gold is a fair question
			question("date", "typed", "2011", "From 2009 to 2011 it was built."),
			question("count", "multiple_choice", "4", LAUNCH),
			// a sentence that carries no gold of the question's kind: unjudged
			question("count", "typed", 3, "Three people watched."),
			// title and accents do not matter to the speaker
			quote("Mr. Ana Perez", "We are ready", SPEECH),
			// a phrase is right only for the one the text says used it
			quote("Tom Hale", "the golden egg", "Critics called it \"the golden egg\", said Tom Hale."),
			Map.of("type", "person", "format", "typed", "prompt", "Who is the mission's director?", "answer",
					"Ana Pérez", "value", "Ana Pérez", "source", Map.of("sentence", SPEECH)));

	@Test
	void a_fact_is_hit_by_its_value_in_an_overlapping_sentence_and_precision_judges_only_gold_sentences() {
		BankScore score = BankScore.of(Map.of("questions", QUESTIONS), GOLD);

		assertThat(score.lines()).containsExactly("questions: 8", "recall date         2/2    100.0%",
				"recall count        0/2      0.0%", "recall quote        1/1    100.0%",
				"recall entity       1/1    100.0%", "recall metadata     0/0      0.0%",
				"precision date   right    2 wrong    0 unjudged    1  100.0%",
				"precision count  right    0 wrong    1 unjudged    1    0.0%",
				"precision quote  right    1 wrong    1 unjudged    0   50.0%");
		assertThat(score.missed()).extracting(f -> f.get("id")).containsExactly("g2", "g7");
		assertThat(score.wrong()).extracting(w -> w.question().get("value")).containsExactly("4", "Tom Hale");
	}

	@Test
	void text_is_compared_without_case_punctuation_markup_or_curly_quotes() {
		assertThat(ScoringRules.normText("<b>It\u2019s</b> \u201cDONE\u201d, (really)!")).isEqualTo("it s done really");
		assertThat(ScoringRules.normText(null)).isEmpty();
		assertThat(ScoringRules.overlaps("He left.", "Then, he left.")).isTrue();
		// 7 of the shorter one's 10 words are enough, 6 are not
		assertThat(ScoringRules.overlaps("a b c d e f g h i j", "a b c d e f g x y z")).isTrue();
		assertThat(ScoringRules.overlaps("a b c d e f g h i j", "a b c d e f x y z w")).isFalse();
		assertThat(ScoringRules.overlaps("", "anything")).isFalse();
	}

	@Test
	void a_speaker_matches_by_full_name_or_a_longer_form_of_it_but_not_by_surname_alone() {
		Map<String, Object> jobs = Map.of("speaker", "Steve Jobs", "aliases", List.of("Jobs", "he"));
		assertThat(ScoringRules.normName("Dr. José O\u2019Neill-Smith")).isEqualTo("jose o neill smith");
		assertThat(ScoringRules.speakerOk("Apple CEO Steve Jobs", jobs)).isTrue();
		assertThat(ScoringRules.speakerOk("President Steve Jobs", jobs)).isTrue();
		assertThat(ScoringRules.speakerOk("Jobs", jobs)).isTrue(); // an alias
		assertThat(ScoringRules.speakerOk("Steve", jobs)).isFalse();
		assertThat(ScoringRules.speakerOk("Steve Wozniak", jobs)).isFalse();
		assertThat(ScoringRules.speakerOk(null, jobs)).isFalse();
	}

	@Test
	void counts_compare_as_integers_and_dates_as_strings_or_one_end_of_a_range() {
		assertThat(ScoringRules.valueEq("count", "12", 12)).isTrue();
		assertThat(ScoringRules.valueEq("count", " 1_000 ", 1000)).isTrue();
		assertThat(ScoringRules.valueEq("count", "twelve", 12)).isFalse();
		assertThat(ScoringRules.valueEq("count", 12.9, 12)).isTrue(); // int() truncates
		assertThat(ScoringRules.valueEq("date", "2011", "2009/2011")).isTrue();
		assertThat(ScoringRules.valueEq("date", "2010", "2009/2011")).isFalse();
		assertThat(ScoringRules.valueEq("date", "2008-03", "2008-03-01")).isFalse();
		assertThat(ScoringRules.valueEq("date", null, "2008")).isFalse();
		assertThat(ScoringRules.quoteSim("We are ready", "\u201cWe are ready,\u201d")).isEqualTo(1.0);
		assertThat(ScoringRules.quoteSim("we are", "we are ready now")).isEqualTo(0.5);
	}

	@Test
	void percentages_round_the_exact_double_half_to_even_as_python_does() {
		assertThat(BankScore.percent(1, 16)).isEqualTo("6.2");
		assertThat(BankScore.percent(3, 16)).isEqualTo("18.8");
		assertThat(BankScore.percent(63, 176)).isEqualTo("35.8");
		assertThat(BankScore.percent(0, 0)).isEqualTo("0.0");
	}

	private static Map<String, Object> fact(String id, String type, String sentence, Object... fields) {
		Map<String, Object> fact = new HashMap<>(Map.of("id", id, "doc", "d.txt", "type", type, "sentence", sentence));
		for (int i = 0; i < fields.length; i += 2) {
			fact.put((String) fields[i], fields[i + 1]);
		}
		return fact;
	}

	private static Map<String, Object> question(String type, String format, Object value, String sentence) {
		return Map.of("type", type, "format", format, "prompt", "?", "answer", String.valueOf(value), "value", value,
				"source", Map.of("sentence", sentence));
	}

	private static Map<String, Object> quote(String speaker, String quote, String sentence) {
		return Map.of("type", "quote", "format", "typed", "prompt", "Who said it?", "answer", speaker, "value", speaker,
				"quote", quote, "source", Map.of("sentence", sentence));
	}

}
