package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A surname that is also an organisation's word ("Press", "Hall") after a known given
 * name, where the sentence speaks of a person; places and publishers keep their reading.
 * In sentences written for the test.
 */
class WordSurnamesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	private static List<String> people(String text) {
		return SeedDocuments.people(DocumentText.of(text));
	}

	@Test
	void a_word_surname_after_a_given_name_and_a_speech_verb_is_the_speaker() {
		assertThat(quotes("\"This is a hard week for our staff,\" said Carl Hall, the treasurer of Morvane."))
			.containsExactly("Carl Hall :: This is a hard week for our staff");
	}

	@Test
	void a_word_surname_after_a_title_and_an_employer_is_the_speaker() {
		assertThat(quotes("\"Sales show small signs of life,\" said the chairman of Zentrix LLC Tom Hall."))
			.containsExactly("Tom Hall :: Sales show small signs of life");
	}

	@Test
	void the_word_surname_alone_later_is_the_same_person() {
		assertThat(quotes("\"This is a hard week,\" said Carl Hall, the treasurer of Morvane. \"We may "
				+ "lose a few orders,\" said Hall."))
			.containsExactly("Carl Hall :: This is a hard week", "Carl Hall :: We may lose a few orders");
	}

	@Test
	void places_and_publishers_named_with_such_words_stay_what_they_are() {
		assertThat(people("The concert was held at Albert Hall on Friday. Visitors walked to the Grace Church. "
				+ "The Daily Press reported the fire."))
			.noneMatch(
					person -> person.startsWith("Albert") || person.startsWith("Grace") || person.startsWith("Press"));
		assertThat(quotes("\"The fire spread fast,\" the Press reported. A spokesman for Grace Church said "
				+ "\"nobody was hurt\"."))
			.noneMatch(quote -> quote.startsWith("Grace Church ::") || quote.startsWith("Press"))
			.contains("a spokesman for Grace Church :: nobody was hurt");
	}

	@Test
	void without_a_person_nearby_the_word_stays_an_organisations() {
		assertThat(people("Martin Bank opened a branch in the town on Friday.")).noneMatch(p -> p.startsWith("Martin"));
	}

	@Test
	void a_compass_point_or_a_days_word_is_a_surname_where_the_sentence_speaks_of_a_person() {
		assertThat(people("The talks were led by Tom West, the council leader."))
			.contains("Tom West | the council leader");
		assertThat(people("\"We are angry,\" said Jeremy Dear, union general secretary."))
			.contains("Jeremy Dear | union general secretary");
	}

	@Test
	void a_copula_giving_a_role_makes_the_name_a_persons() {
		assertThat(FoundRoles.roles("George Washington was the first president of the United States."))
			.containsExactly("George Washington | the first president of the United States");
	}

	@Test
	void such_a_word_after_a_given_name_with_no_person_nearby_stays_a_places() {
		assertThat(people("The bus stopped at Mark Street before noon.")).noneMatch(p -> p.startsWith("Mark"));
		assertThat(people("The firm hired Douglas Corp as adviser.")).noneMatch(p -> p.startsWith("Douglas"));
	}

}
