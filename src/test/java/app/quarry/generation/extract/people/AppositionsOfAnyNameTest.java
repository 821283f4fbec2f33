package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;

/**
 * Any name set off by a noun phrase is described, whatever its kind, where no other
 * finder described it: the phrase is read by its parts of speech, the name's kind by the
 * phrase's head noun. Clauses, lists, opening phrases and eras give nothing.
 */
class AppositionsOfAnyNameTest {

	private static List<String> described(String body, List<Fact> found) {
		return LastResortReadings.of(new AppositionsOfAnyName(), body, found);
	}

	private static List<String> described(String body) {
		return described(body, List.of());
	}

	@Test
	void a_body_written_in_capitals_is_what_its_apposition_says() {
		assertThat(described("KORVA, the operator of the dam, has warned that water is still rising."))
			.containsExactly("organisation KORVA | the operator of the dam");
		assertThat(described("A spokesman for NORSA, the Norlandic road safety authority, said the bridge was shut."))
			.containsExactly("organisation NORSA | the Norlandic road safety authority");
	}

	@Test
	void a_place_is_told_by_its_head_noun_with_the_words_after_it() {
		assertThat(described("The two men were seen in Brackley, a hamlet located on the island of Vorn."))
			.containsExactly("place Brackley | a hamlet located on the island of Vorn");
		assertThat(described("Protesters marched to Vellhaus, the governor's residence."))
			.containsExactly("place Vellhaus | the governor's residence");
	}

	@Test
	void a_person_is_told_by_a_title_as_head_whatever_the_name_looks_like() {
		assertThat(described("Tomas Pilgrim, the President of Skyreach, thanked the crew."))
			.containsExactly("person Tomas Pilgrim | the President of Skyreach");
	}

	@Test
	void a_numbered_name_with_a_model_for_a_description_is_a_thing() {
		assertThat(described("Norland Air Flight 212, a Boeing 737, landed safely on Friday."))
			.containsExactly("thing Norland Air Flight 212 | a Boeing 737");
	}

	@Test
	void a_clause_a_list_or_a_name_after_a_name_describes_nothing() {
		assertThat(
				described("The aims are an end to the war in Ostland, the repeal of the laws and the end of the tax."))
			.isEmpty();
		assertThat(described("The museum moved from Rantoul, Illinois, the Evergreen Aviation Museum said.")).isEmpty();
		assertThat(described("Fighting spread to Ostland, the capital, and Vell on Monday.")).isEmpty();
		assertThat(described("Jane Roe, the coach said, was not told.")).isEmpty();
	}

	@Test
	void an_opening_phrase_a_sentence_opening_word_or_an_era_is_no_name() {
		assertThat(described("According to the Norland Survey, the quake struck at a point 30 miles out.")).isEmpty();
		assertThat(described("In 331 BC, the city, then a port, was founded.")).isEmpty();
		assertThat(described("Meanwhile, the company, a maker of pumps, said it would hire.")).isEmpty();
	}

	@Test
	void a_person_is_never_described_as_a_body_or_a_place() {
		assertThat(described("Mary Okafor, a company based in Vell, was fined.")).isEmpty();
	}

	@Test
	void a_name_another_finder_described_is_not_described_again() {
		String body = "KORVA, the operator of the dam, has warned that water is still rising.";
		int start = "Probe\n\nMarch 03, 1998\n\n".length();
		List<Fact> found = List.of(new EntityFact("KORVA", start, start + 5, "KORVA", "a utility"));
		assertThat(described(body, found)).isEmpty();
	}

	@Test
	void a_copula_after_a_name_opening_its_sentence_links_the_same_phrase() {
		assertThat(described("Korva is a small fishing village on the east coast."))
			.containsExactly("place Korva | a small fishing village on the east coast");
		assertThat(described("The Vellhaus Group is the largest employer in the region."))
			.containsExactly("organisation Vellhaus Group | the largest employer in the region");
	}

	@Test
	void a_copula_after_a_name_inside_the_sentence_or_before_a_clause_links_nothing() {
		assertThat(described("Fans said Korva is a small fishing village.")).isEmpty();
		assertThat(described("Korva is the only way to reach the coast.")).isEmpty();
		assertThat(described("This is a small fishing village.")).isEmpty();
	}

	@Test
	void a_post_needs_no_article_but_must_name_a_person() {
		assertThat(
				described("The plan was discussed by KT Varga, senior deputy director of health services, on Monday."))
			.containsExactly("person KT Varga | senior deputy director of health services");
		assertThat(described("The plan was discussed by Korva, small fishing village of the north, on Monday."))
			.isEmpty();
	}

	@Test
	void which_is_or_who_was_before_the_phrase_says_no_more_than_the_comma() {
		assertThat(described("The film was made with Code 9 Films, which is Tom Vale's company, last year."))
			.containsExactly("organisation Code 9 Films | Tom Vale's company");
		assertThat(described("The firm bought Vellcorp, which is a blow to the union, last year.")).isEmpty();
	}

	@Test
	void who_says_the_name_is_a_person_and_any_noun_may_then_describe_them() {
		assertThat(described("Tarko Velamu, who was the last Westrian ruler, died in 1950."))
			.containsExactly("person Tarko Velamu | the last Westrian ruler");
		assertThat(described("Rina Osk, who was a keen sailor, died in 1951."))
			.containsExactly("person Rina Osk | a keen sailor");
		assertThat(described("Tarko Velamu, who was the reason for the delay, left early.")).isEmpty();
		assertThat(described("Tarko Velamu, who was the first to leave, left early.")).isEmpty();
	}

	@Test
	void a_participle_or_adjective_opening_the_sentence_sets_off_no_apposition() {
		assertThat(described("Asked about Norland, the spokesman declined to comment.")).isEmpty();
		assertThat(described("Writing in the Vellhaven Times, the author argued for reform.")).isEmpty();
		assertThat(described("Based in Porthaven, the company employs 300 people.")).isEmpty();
	}

	@Test
	void an_opinion_an_idiom_or_a_distance_after_a_copula_is_no_definition() {
		assertThat(described("Tomas Pilgrim is a good candidate for the job, the chairman said.")).isEmpty();
		assertThat(described("Tomas Pilgrim is a man of his word.")).isEmpty();
		assertThat(described("Vellhaven is a long way from Porthaven.")).isEmpty();
	}

	@Test
	void a_plural_head_a_list_of_names_a_score_or_a_vague_phrase_describes_nothing() {
		assertThat(described("Dravlin United, the defending champions, lost on Sunday.")).isEmpty();
		assertThat(described("The tour will visit Brevik, Skarva, the capital, Porthaven and Vellhaven.")).isEmpty();
		assertThat(described("Norland 2, Skarva 1, the final score, surprised everyone.")).isEmpty();
		assertThat(described("Moss moved to Porthaven, the city where she was born, in 1990.")).isEmpty();
		assertThat(described("The deal with Norland Air, the airline, was signed.")).isEmpty();
	}

}
