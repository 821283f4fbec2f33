package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.ExtractionContext;

import org.junit.jupiter.api.Test;

/**
 * A thing named as the text introduces it ("a puppy named Biscuit") is described by the
 * phrase before the naming word and what follows the name; people, organisations and
 * places named so are left to their own rules.
 */
class NamedThingsTest {

	private static List<String> things(String text) {
		DocumentText document = DocumentText.of(text);
		return new NamedThings()
			.find(new DocumentAnalysis(document, new ExtractionContext("t", LocalDate.of(1998, 3, 3))))
			.stream()
			.map(fact -> fact.value() + " | " + fact.description())
			.toList();
	}

	@Test
	void a_thing_named_after_its_phrase_is_what_the_phrase_says() {
		assertThat(things("Investigators found a plastic explosive called Thornite in the hold."))
			.containsExactly("Thornite | a plastic explosive");
		assertThat(things("The rebels launched an offensive code-named Operation Dawn in the east."))
			.containsExactly("Operation Dawn | an offensive");
		assertThat(things("A new drug called Veltrix will be sold from June.")).containsExactly("Veltrix | a new drug");
	}

	@Test
	void a_relative_clause_or_an_apposition_after_the_name_adds_to_the_description() {
		assertThat(things("Tests found a Nordic-made explosive called Thornite that smugglers have used before."))
			.containsExactly("Thornite | a Nordic-made explosive that smugglers have used before");
		assertThat(things("The girl played with a puppy named Biscuit, a gift from Mayor Walter Oakes."))
			.containsExactly("Biscuit | a puppy, a gift from Mayor Walter Oakes");
	}

	@Test
	void a_name_given_with_its_article_keeps_it() {
		assertThat(things("The ferry, a vessel dubbed the Grey Heron, was raised on Friday."))
			.containsExactly("the Grey Heron | a vessel");
	}

	@Test
	void a_clause_with_a_pronoun_is_left_off_as_it_could_not_stand_alone() {
		assertThat(things("She kept a puppy named Biscuit that he brought home.")).containsExactly("Biscuit | a puppy");
	}

	@Test
	void people_organisations_places_and_days_named_so_are_no_things() {
		assertThat(things("A man named Tom Roe found the wallet.")).isEmpty();
		assertThat(things("A group called Green Shore organised the march.")).isEmpty();
		assertThat(things("They moved to a village called Marlow.")).isEmpty();
		assertThat(things("A spokesman called Tuesday for calm.")).isEmpty();
		assertThat(things("The mayor called Oakes a liar.")).isEmpty();
	}

	@Test
	void a_phrase_opened_by_the_or_followed_by_a_preposition_is_what_the_name_names() {
		assertThat(things(
				"The laptops will support the newest suite of Orvel software entitled Photobox, which adds maps."))
			.containsExactly("Photobox | the newest suite of Orvel software");
		assertThat(things("The losses led to a cost-cutting plan at Orvel called Plan Nine this spring."))
			.containsExactly("Plan Nine | a cost-cutting plan at Orvel");
	}

	@Test
	void a_naming_set_off_by_commas_names_the_phrase_before_it() {
		assertThat(things("The slump led to a newly-unveiled cost-saving program at Orvel, called Plan9, under which "
				+ "900 posts close."))
			.containsExactly("Plan9 | a newly-unveiled cost-saving program at Orvel");
	}

	@Test
	void known_as_names_a_thing_as_called_does() {
		assertThat(things("Police found a new drug known as Zelbrin in the car."))
			.containsExactly("Zelbrin | a new drug");
	}

	@Test
	void a_name_belongs_to_the_nearest_phrase_with_an_article_of_its_own() {
		assertThat(things("Tom showed a photo of a dog named Rex.")).containsExactly("Rex | a dog");
		assertThat(things("The rebels began an offensive in the north, code-named Operation Dawn, on Monday."))
			.isEmpty();
		assertThat(things("Orvel also sells a range of lamps called Brightline.")).isEmpty();
		assertThat(things("The firm announced the release of Orvel software called Photobox.")).isEmpty();
	}

	@Test
	void a_naming_verb_that_calls_someone_something_gives_no_name() {
		assertThat(things("The police called Dana's death sudden.")).isEmpty();
		assertThat(things("A report from the council called Smith a liar.")).isEmpty();
		assertThat(things("A panel of judges named Orvel as the winner.")).isEmpty();
	}

}
