package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.ExtractionContext;

import org.junit.jupiter.api.Test;

/**
 * Adjectives of equal rank before a noun are separated by commas: such a comma ends no
 * apposition, for an organisation, a person or a thing, and no description stops at its
 * first adjective.
 */
class CoordinateAdjectivesTest {

	private static List<String> things(String body) {
		DocumentText document = DocumentText.of("Probe\n\nMarch 03, 1998\n\n" + body + "\n");
		return new ThingsSetOff()
			.find(new DocumentAnalysis(document, new ExtractionContext("t", LocalDate.of(1998, 3, 3))))
			.stream()
			.map(fact -> fact.value() + " | " + fact.description())
			.toList();
	}

	@Test
	void a_company_described_by_two_adjectives_keeps_both() {
		assertThat(FoundOrganisations
			.in("Ostrander Group PLC, a profitable, export-minded Oslo-based retailer, raised its offer."))
			.contains("Ostrander Group PLC | a profitable, export-minded Oslo-based retailer");
		assertThat(FoundOrganisations
			.in("Halvard Rings PLC, a bold, expansion-minded Leeds-based jeweler, raised its offer."))
			.contains("Halvard Rings PLC | a bold, expansion-minded Leeds-based jeweler");
		assertThat(FoundOrganisations.in("Kestrel Bank, a small, privately held lender, will be sold."))
			.contains("Kestrel Bank | a small, privately held lender");
	}

	@Test
	void a_thing_described_by_two_adjectives_is_not_cut_at_the_first() {
		assertThat(things("The Zeno 5, a thin, lightweight laptop, goes on sale in June."))
			.containsExactly("the Zeno 5 | a thin, lightweight laptop");
		assertThat(things("The Lakeview Grand Hotel, a tall, castle-like building, will have 900 rooms."))
			.noneMatch(found -> found.endsWith("| a tall"));
	}

	@Test
	void a_person_described_by_two_adjectives_keeps_both() {
		assertThat(FoundRoles.roles("Jane Roe, a soft-spoken, hard-working teacher, said she would stay."))
			.contains("Jane Roe | a soft-spoken, hard-working teacher");
	}

	@Test
	void a_comma_before_a_verb_or_a_list_still_ends_the_apposition() {
		assertThat(CoordinateAdjectives.adjective("castle-like")).isTrue();
		assertThat(CoordinateAdjectives.adjective("lender")).isFalse();
		assertThat(FoundOrganisations.in("Kestrel Bank, a small lender, said it would grow."))
			.contains("Kestrel Bank | a small lender");
		assertThat(FoundOrganisations.in("Marlow Inc., a small, Brovo and Kyle said nothing."))
			.noneMatch(found -> found.startsWith("Marlow Inc. |"));
	}

}
