package app.quarry.generation.extract.people;

import static app.quarry.generation.extract.people.FoundRoles.roles;
import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.corpus.DocumentText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An award named for the kind of person who wins it ("Acme Man of the Match") names no
 * person, and whoever is named it holds it as a role. In sentences written for the test.
 */
class AwardTitlesTest {

	private static List<String> people(String text) {
		return new PersonExtractor().find(DocumentText.of(text), null).stream().map(fact -> fact.value()).toList();
	}

	@Test
	void the_words_of_an_award_name_no_person() {
		assertThat(people("Tom Hale was named Acme Man of the Match.")).containsOnly("Tom Hale");
		assertThat(people("Jane Roe, the Most Valuable Player of the Series, thanked the crowd."))
			.noneMatch(name -> name.contains("Player") || name.equals("Series"));
		assertThat(people("Sam Lee also took home the Young Player of the Tournament prize."))
			.noneMatch(name -> name.contains("Player") || name.equals("Tournament"));
	}

	@Test
	void someone_named_an_award_holds_it_as_a_role() {
		assertThat(roles("Tom Hale was named Acme Man of the Match.")).contains("Tom Hale | Acme Man of the Match");
		assertThat(roles("Mary Poole was named Acme Woman of the Match on Sunday."))
			.contains("Mary Poole | Acme Woman of the Match");
	}

	@Test
	void a_name_before_of_and_a_place_is_still_a_name() {
		assertThat(people("Jane Roe, the Coach of Westria, said the team was ready.")).contains("Jane Roe");
		assertThat(people("Lord Tom Mann of Boxford spoke in the debate.")).anyMatch(name -> name.contains("Mann"));
	}

}
