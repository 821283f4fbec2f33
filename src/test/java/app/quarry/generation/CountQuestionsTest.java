package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankDocument;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.CountFinder;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountQuestionsTest {

	static List<BankQuestion> questions(String text) {
		DocumentText document = DocumentText.of(text);
		List<Fact> facts = new ArrayList<>(new CountFinder().find(document, new ExtractionContext("t", null)));
		return QuestionGenerator
			.generate(List.of(new SourceDocument(new BankDocument("t", "T", "2024-01-01", null, null, "00"), text,
					document.sentences(), facts)));
	}

	static List<String> clozes(String text) {
		return questions(text).stream()
			.filter(q -> q.format().equals("cloze"))
			.map(q -> q.prompt() + " = " + q.value())
			.toList();
	}

	@Test
	void the_same_age_beside_other_names_in_a_list_is_blanked_with_the_asked_one() {
		assertThat(
				clozes("The dead included Jane Roe, 20; Mary Poe, 20; Ann Doe, 19; Bob Smith, 32, and Carl Jones, 20."))
			.contains(
					"Fill in the missing number (the same in each blank): The dead included Jane Roe, _____; "
							+ "Mary Poe, _____; Ann Doe, 19; Bob Smith, 32, and Carl Jones, _____. = 20",
					"Fill in the missing number: The dead included Jane Roe, 20; Mary Poe, 20; Ann Doe, _____; "
							+ "Bob Smith, 32, and Carl Jones, 20. = 19");
	}

	@Test
	void a_number_naming_a_thing_elsewhere_still_keeps_an_apposed_number_from_being_asked() {
		assertThat(clozes("Acme shipped iOS 5 to 5 carriers, Jane Roe, 5, said.")).isEmpty();
	}

	@Test
	void a_score_in_the_sentence_gives_no_rank_away() {
		assertThat(clozes("Acme Rovers dropped their 2nd match of the year in a 2-0 defeat by Beta United."))
			.contains("Fill in the missing word: Acme Rovers dropped their _____ match of the year in a 2-0 defeat "
					+ "by Beta United. = 2");
		assertThat(clozes("Jane Roe led 5–2 and then won on her second match point."))
			.contains("Fill in the missing word: Jane Roe led 5–2 and then won on her _____ match point. = 2");
	}

	@Test
	void a_number_ending_a_name_gives_no_rank_away() {
		assertThat(clozes("Acme made the first crewed flight of its Falcon-1 rocket on Monday.")).contains(
				"Fill in the missing word: Acme made the _____ crewed flight of its Falcon-1 rocket on Monday. = 1");
		assertThat(clozes("Westria hosted the G-7 summit for the third time in May."))
			.contains("Fill in the missing word: Westria hosted the G-7 summit for the _____ time in May. = 3");
	}

	@Test
	void a_number_standing_alone_still_gives_a_rank_away() {
		assertThat(clozes("Jane Roe won her third title, beating 3 seeded rivals on the way."))
			.noneMatch((q) -> q.contains("her _____ title"));
	}

	@Test
	void a_score_in_the_sentence_gives_no_length_of_time_away() {
		assertThat(clozes("Three minutes later, Jane Roe scored from a corner giving Acme a 3–0 lead."))
			.contains("Fill in the missing number: _____ minutes later, Jane Roe scored from a corner giving Acme a "
					+ "3–0 lead. = 3");
		assertThat(clozes("A minute later, Mary Poe scored, giving Westria a 1-0 lead."))
			.contains("Fill in the length of time: _____ later, Mary Poe scored, giving Westria a 1-0 lead. = 1");
	}

	@Test
	void a_score_still_gives_away_a_count_of_goals() {
		assertThat(clozes("Acme won 3-1 at home, scoring 3 goals in the second half."))
			.noneMatch(q -> q.endsWith("= 3"));
	}

	@Test
	void a_scaled_number_is_blanked_whole_and_asked_by_its_value() {
		BankQuestion q = questions("The studio sold 4.2 million tickets last spring.").stream()
			.filter(x -> x.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(q.prompt())
			.isEqualTo("Which number completes the sentence? The studio sold _____ tickets last spring.");
		assertThat(q.value()).isEqualTo("4200000");
		assertThat(q.answer()).isEqualTo("4.2 million");
		assertThat(q.options()).contains("4.2 million").allMatch(o -> o.matches("\\d+(\\.\\d)? million"));
	}

	@Test
	void options_are_written_in_the_form_of_a_short_scaled_answer() {
		BankQuestion q = questions("Nearly 2.4m tourists visited the islands last summer.").stream()
			.filter(x -> x.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(q.answer()).isEqualTo("2.4m");
		assertThat(q.options()).contains("2.4m").allMatch(o -> o.matches("\\d+\\.\\dm"));
	}

	@Test
	void every_option_takes_the_answers_scale_currency_and_percent_sign() {
		assertThat(NumberWords.inStyleOf("1.1m", 800_000, false)).isEqualTo("0.8m");
		assertThat(NumberWords.inStyleOf("1.1m", 1_200_000, false)).isEqualTo("1.2m");
		assertThat(NumberWords.inStyleOf("1.1 million", 1_200_000, false)).isEqualTo("1.2 million");
		assertThat(NumberWords.inStyleOf("£600m", 700_000_000, false)).isEqualTo("£700m");
		assertThat(NumberWords.inStyleOf("$3bn", 2_500_000_000L, false)).isEqualTo("$2.5bn");
		assertThat(NumberWords.inStyleOf("€1.5 billion", 1_800_000_000L, false)).isEqualTo("€1.8 billion");
		assertThat(NumberWords.inStyleOf("45%", 50, false)).isEqualTo("50%");
		assertThat(NumberWords.inStyleOf("$2,500", 3000, false)).isEqualTo("$3,000");
		assertThat(NumberWords.grain("1.1m", 1_100_000, false)).isEqualTo(100_000);
		assertThat(NumberWords.grain("£600m", 600_000_000, false)).isEqualTo(1_000_000);
	}

	@Test
	void options_keep_the_answers_rounding_and_grouping() {
		assertThat(NumberWords.grain("44,000", 44000, false)).isEqualTo(1000);
		assertThat(NumberWords.grain("179", 179, false)).isEqualTo(1);
		assertThat(NumberWords.grain("13.7 million", 13_700_000, false)).isEqualTo(100_000);
		assertThat(NumberWords.inStyleOf("44,000", 48000, false)).isEqualTo("48,000");
		assertThat(NumberWords.inStyleOf("three thousand", 4000, false)).isEqualTo("four thousand");
		assertThat(CountQuestions.near(44000, 1000, "seed", 0) % 1000).isZero();
	}

	@Test
	void a_pair_after_between_is_not_asked_but_the_two_elsewhere_is() {
		assertThat(clozes("The museum bought two paintings in May. A feud between the two owners began."))
			.containsExactly("Fill in the missing number: The museum bought _____ paintings in May. = 2");
		assertThat(clozes("The ferry sank after the two storm surges."))
			.containsExactly("Fill in the missing number: The ferry sank after the _____ storm surges. = 2");
	}

	@Test
	void a_day_of_the_month_in_the_sentence_gives_no_count_away() {
		assertThat(clozes("On Oct. 4, rangers closed four trails and a bridge."))
			.containsExactly("Fill in the missing number: On Oct. 4, rangers closed _____ trails and a bridge. = 4");
		assertThat(clozes("Rangers closed three trails on 3 March.")).hasSize(1);
	}

	@Test
	void a_dozen_is_blanked_whole_with_its_article_or_its_half() {
		assertThat(clozes("The baker sold a dozen pies. It has half a dozen boats.")).containsExactlyInAnyOrder(
				"Fill in the missing number: The baker sold _____ pies. = 12",
				"Fill in the missing number: It has _____ boats. = 6");
		assertThat(clozes("The club met the dozen rowers."))
			.containsExactly("Fill in the missing number: The club met the _____ rowers. = 12");
	}

	@Test
	void a_number_of_dozens_is_offered_among_other_dozens() {
		BankQuestion q = questions("Some three dozen bakers marched on the town hall.").stream()
			.filter(x -> x.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(q.prompt())
			.isEqualTo("Which number completes the sentence? Some _____ bakers marched on the town hall.");
		assertThat(q.value()).isEqualTo("36");
		assertThat(q.options()).contains("three dozen").allMatch(o -> o.endsWith(" dozen"));
	}

	@Test
	void an_extra_length_is_offered_among_extra_lengths_of_more_units() {
		BankQuestion q = questions("Growers were given an extra month to file their returns.").stream()
			.filter(x -> x.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(q.prompt())
			.isEqualTo("Which length of time completes the sentence? Growers were given _____ to file their returns.");
		assertThat(q.options()).containsExactly("an extra month", "two extra months", "three extra months",
				"five extra months");
	}

	@Test
	void a_toll_of_one_is_asked_though_a_plain_one_is_not() {
		assertThat(clozes("The storm killed one hiker. One ranger said so."))
			.containsExactly("Fill in the missing number: The storm killed _____ hiker(s). = 1");
	}

	@Test
	void a_million_keeps_its_article_among_the_options() {
		BankQuestion q = questions("Over a million visitors came to the fair.").stream()
			.filter(x -> x.format().equals("multiple_choice"))
			.findFirst()
			.orElseThrow();
		assertThat(q.answer()).isEqualTo("a million");
		assertThat(q.value()).isEqualTo("1000000");
		assertThat(q.options()).contains("a million", "two million");
	}

	@Test
	void the_two_days_of_a_named_event_are_a_duration_worth_asking() {
		assertThat(clozes("Fans came for the two day festival in the port."))
			.containsExactly("Fill in the missing number: Fans came for the _____ day festival in the port. = 2");
	}

	@Test
	void a_headline_that_states_something_is_asked_about_its_numbers() {
		assertThat(clozes("Ferry firm buys six new boats\n\nThe firm will sail them from May."))
			.containsExactly("Fill in the missing number: Ferry firm buys _____ new boats = 6");
	}

	@Test
	void a_caption_or_source_line_at_the_top_is_no_headline() {
		assertThat(clozes("Photos: ferry firm buys six new boats\n\nThe firm will sail them from May.")).isEmpty();
	}

	@Test
	void tens_and_units_written_apart_are_blanked_together() {
		assertThat(clozes("Rescuers searched for twenty four hours."))
			.containsExactly("Fill in the missing number: Rescuers searched for _____ hours. = 24");
	}

	@Test
	void a_placing_is_asked_though_no_noun_follows_it() {
		assertThat(clozes("Mara Quint finished third in the national final."))
			.containsExactly("Fill in the missing word: Mara Quint finished _____ in the national final. = 3");
		assertThat(clozes("The Rovers won the cup last year but finished fifth this season."))
			.contains("Fill in the missing word: The Rovers won the cup last year but finished _____ this season. = 5");
	}

	@Test
	void a_sentence_with_a_pronoun_or_there_still_makes_a_cloze() {
		assertThat(clozes("There are over 9,000 volunteers. He has coached for 25 years.")).containsExactlyInAnyOrder(
				"Fill in the missing number: There are over _____ volunteers. = 9000",
				"Fill in the missing number: He has coached for _____ years. = 25");
	}

	@Test
	void a_quotation_cut_by_the_sentence_split_is_closed_in_the_prompt() {
		assertThat(CountQuestions.withQuotesClosed("It needs a _____-year plan.\""))
			.isEqualTo("It needs a _____-year plan.");
		assertThat(CountQuestions.withQuotesClosed("We hired _____ nurses,\" she said."))
			.isEqualTo("\"We hired _____ nurses,\" she said.");
		assertThat(CountQuestions.withQuotesClosed("She said \"We hired _____ nurses."))
			.isEqualTo("She said \"We hired _____ nurses.\"");
	}

	@Test
	void a_number_written_twice_is_blanked_twice_rather_than_given_away() {
		assertThat(clozes("The kit comes in three sizes and three colours.")).containsExactly(
				"Fill in the missing number (the same in each blank): The kit comes in _____ sizes and _____ colours. = 3");
	}

	@Test
	void a_number_also_written_in_a_name_is_not_asked() {
		assertThat(clozes("The phone runs Nova 6 and holds 6 cameras.")).isEmpty();
	}

	@Test
	void a_number_repeated_in_a_compound_with_a_dash_is_blanked_everywhere() {
		assertThat(clozes("In chess, a six-move trap (a \"six–mover\") needs six or more moves to spring."))
			.containsExactly("Fill in the missing number (the same in each blank): In chess, a _____-move trap "
					+ "(a \"_____–mover\") needs _____ or more moves to spring. = 6");
	}

	@Test
	void money_decimals_and_fractions_elsewhere_in_the_sentence_do_not_give_a_count_away() {
		assertThat(clozes("For the six months, the mill earned $6.4 million, or 62 cents a share."))
			.containsExactly("Fill in the missing number: For the _____ months, the mill earned $6.4 million, "
					+ "or 62 cents a share. = 6");
		assertThat(clozes("The town will spend another $3 billion on the pending, three-part plan."))
			.containsExactly("Fill in the missing number: The town will spend another $3 billion on the pending, "
					+ "_____-part plan. = 3");
	}

	@Test
	void a_mixed_fraction_is_no_count_and_leaves_the_whole_counts_of_its_sentence_askable() {
		assertThat(clozes("The crew spent four hours in Lima, its first stop, and about 4 1/2 hours in Quito."))
			.containsExactlyInAnyOrder(
					"Fill in the missing number: The crew spent _____ hours in Lima, its first stop, "
							+ "and about 4 1/2 hours in Quito. = 4",
					"Fill in the missing word: The crew spent four hours in Lima, its _____ stop, "
							+ "and about 4 1/2 hours in Quito. = 1");
	}

	@Test
	void a_single_unit_of_measure_or_time_is_asked_but_a_plain_one_is_not() {
		assertThat(clozes("The crate sat one foot below the floor. The team took a one-day break. "
				+ "One day he met one friend. They never rested for one minute."))
			.containsExactly("Fill in the missing number: The crate sat _____ foot/feet below the floor. = 1",
					"Fill in the missing number: The team took a _____-day break. = 1");
	}

	@Test
	void an_ordinal_repeated_before_a_name_still_ranks_and_is_blanked_in_both_places() {
		assertThat(clozes("He was both the first farmer and the first Basque to lead the council.")).containsExactly(
				"Fill in the missing word (the same in each blank): He was both the _____ farmer and the _____ Basque "
						+ "to lead the council. = 1");
	}

	@Test
	void a_sentence_opening_a_typewriter_quotation_is_asked_with_typographic_marks() {
		assertThat(clozes("Rain fell. ``After three days in the snow, the climbers have earned a rest.''"))
			.containsExactly("Fill in the missing number: “After _____ days in the snow, the climbers have earned "
					+ "a rest.” = 3");
		assertThat(clozes("Rain fell. ''The park is ours,'' said Mary Tolland, 63, of Bristol.")).containsExactly(
				"Fill in the missing number: “The park is ours,” said Mary Tolland, _____, of Bristol. = 63");
	}

	@Test
	void a_one_singled_out_or_a_span_of_one_day_is_asked_but_a_day_on_which_is_not() {
		assertThat(clozes("The inn had received only one complaint after the storm.")).containsExactly(
				"Fill in the missing number: The inn had received only _____ complaint(s) after " + "the storm. = 1");
		assertThat(clozes("The strike followed by one day a vote on wages.")).hasSize(1);
		assertThat(clozes("The index fell 600 points in one day.")).isEmpty();
	}

	@Test
	void an_ordinal_standing_alone_is_asked_when_the_sentence_opens_with_what_it_ranks() {
		assertThat(clozes("The price cut was Hartwell's third in a row, a sign of weak demand."))
			.containsExactly("Fill in the missing word: The price cut was Hartwell's _____ in a row, "
					+ "a sign of weak demand. = 3");
		assertThat(clozes("Hartwell's profit rose again. It was Hartwell's second this year.")).isEmpty();
	}

	@Test
	void an_ordinal_joined_to_a_clause_that_named_its_noun_is_asked_too() {
		assertThat(clozes("Moreover, the result was the eighth straight Acme Cup title for Zenith, "
				+ "and the ninth for Roe Racing."))
			.containsExactlyInAnyOrder(
					"Fill in the missing word: Moreover, the result was the _____ straight Acme Cup title for "
							+ "Zenith, and the ninth for Roe Racing. = 8",
					"Fill in the missing word: Moreover, the result was the eighth straight Acme Cup title for "
							+ "Zenith, and the _____ for Roe Racing. = 9");
		assertThat(clozes("The race began at noon, with Jane Roe holding pole position, her season-high fourth "
				+ "of the year."))
			.containsExactly("Fill in the missing word: The race began at noon, with Jane Roe holding pole position, "
					+ "her season-high _____ of the year. = 4");
	}

	@Test
	void a_number_placing_a_lap_is_asked_as_written() {
		assertThat(clozes("The final caution came out on lap 140 after a spin in turn 2."))
			.containsExactly("Fill in the missing number: The final caution came out on lap _____ after a spin in "
					+ "turn 2. = 140");
	}

}
