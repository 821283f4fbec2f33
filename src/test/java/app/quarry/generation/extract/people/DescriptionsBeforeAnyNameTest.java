package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.PersonFact;

/**
 * Any name set off by a noun phrase is described, whatever its kind, where no other
 * finder described it: the phrase is read by its parts of speech, the name's kind by the
 * phrase's head noun. Clauses, lists, opening phrases and eras give nothing.
 */
class DescriptionsBeforeAnyNameTest {

	private static List<String> described(String body, List<Fact> found) {
		DocumentText document = DocumentText.of("Probe\n\nMarch 03, 1998\n\n" + body + "\n");
		return new DescriptionsBeforeAnyName()
			.find(new DocumentAnalysis(document, new ExtractionContext("t", LocalDate.of(1998, 3, 3))), found)
			.stream()
			.map(DescriptionsBeforeAnyNameTest::reading)
			.toList();
	}

	private static List<String> described(String body) {
		return described(body, List.of());
	}

	private static String reading(Fact fact) {
		return switch (fact) {
			case PersonFact person -> "person " + person.value() + " | " + person.role();
			case EntityFact entity ->
				(entity.place() ? "place " : "organisation ") + entity.value() + " | " + entity.description();
			case NamedThingFact thing -> "thing " + thing.value() + " | " + thing.description();
			default -> fact.toString();
		};
	}

	@Test
	void a_phrase_set_off_before_a_closed_name_describes_it() {
		assertThat(described("The talks moved to the nation's capital, Vellhaven."))
			.containsExactly("place Vellhaven | the nation's capital");
		assertThat(described("Not even Norland's top climber, Michael Pilgrim, was allowed in."))
			.containsExactly("person Michael Pilgrim | Norland's top climber");
		assertThat(described("The deal was signed by the Norlandic lender, Vellbank, on Monday."))
			.containsExactly("organisation Vellbank | the Norlandic lender");
	}

	@Test
	void a_list_an_unclosed_name_or_an_opening_phrase_gives_nothing() {
		assertThat(described("They beat the champions, Vellhaven, and Korva.")).isEmpty();
		assertThat(described("He passed the ball, Tomas Pilgrim scored.")).isEmpty();
		assertThat(described("After the match, Tomas Pilgrim said he was tired.")).isEmpty();
		assertThat(described("In the capital, Vellhaven, the streets were empty.")).isEmpty();
	}

	@Test
	void a_part_of_a_group_a_plural_or_a_vocative_gives_nothing() {
		assertThat(described("The biggest of the three islands, Skarva, lies to the north.")).isEmpty();
		assertThat(described("One of the suspects, Karl Bruun, was released.")).isEmpty();
		assertThat(described("Norland beat the hosts, Skarva, on Sunday.")).isEmpty();
		assertThat(described("\"Welcome to the club, Anna,\" said the chairman.")).isEmpty();
	}

}
