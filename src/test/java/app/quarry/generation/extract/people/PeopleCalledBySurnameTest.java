package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A person named in full and then again by surname is a person, whatever gender the text
 * has not told: "he" right after is as likely them as a man named sentences before, and
 * is never given to that man alone.
 */
class PeopleCalledBySurnameTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void he_after_a_surname_subject_is_that_person_not_an_earlier_man() {
		assertThat(quotes("Troops arrive\n\nPresident Peter Obst approved the move last year after he met his "
				+ "generals. It was agreed at a summit in Upton. Tomas Zalewski, Westrian Undersecretary of State "
				+ "for Defence, noted drills by Acme near the border.\nZalewski also mentioned Acme action in "
				+ "Upton, which he called \"hostile acts on our border\".\n"))
			.containsExactly("Tomas Zalewski :: hostile acts on our border");
	}

}
