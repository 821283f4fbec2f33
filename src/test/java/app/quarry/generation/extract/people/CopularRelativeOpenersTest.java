package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * "Acme, which is a maker of pumps," describes Acme as "Acme, a maker of pumps," does;
 * after "which is" only a head that names a kind shows that the clause speaks of the name
 * and not of the whole sentence.
 */
class CopularRelativeOpenersTest {

	private static List<String> organisations(String text) {
		return FoundOrganisations.in(text);
	}

	private static List<String> things(String body) {
		return FoundThings.thingsInBody(new ThingsSetOff(), body);
	}

	@Test
	void an_organisation_after_which_is_is_described_as_by_an_apposition() {
		assertThat(organisations("The deal went to Acme Widgets, which is a company based in Ohio."))
			.contains("Acme Widgets | a company based in Ohio");
		assertThat(organisations("The film was made by Blue Kite Films, which is Jane Roe's company."))
			.contains("Blue Kite Films | Jane Roe's company");
		assertThat(
				organisations("Critics attacked Brovo Media, which is the country's largest broadcaster, on Monday."))
			.contains("Brovo Media | the country's largest broadcaster");
		assertThat(organisations("The firm bought Tellco Group, which was a rival of Acme, last year."))
			.contains("Tellco Group | a rival of Acme");
	}

	@Test
	void a_thing_after_which_is_is_described_too() {
		assertThat(things("Astronomers compared it with Tarsus, which is also a rocky asteroid."))
			.containsExactly("Tarsus | a rocky asteroid");
		assertThat(things("Doctors prescribed Veltrin, which is a sedative used in surgery."))
			.containsExactly("Veltrin | a sedative used in surgery");
	}

	@Test
	void a_clause_about_the_whole_sentence_describes_nothing() {
		assertThat(organisations("The firm sold Brovo Media, which is a big step for the group."))
			.noneMatch(f -> f.contains("step"));
		assertThat(things("The firm sold Veltrin, which is a blow to the town.")).isEmpty();
	}

	@Test
	void a_name_cut_short_after_its_number_is_not_described() {
		assertThat(organisations("The film was made by Code 3 Films, which is Jane Roe's company."))
			.noneMatch(f -> f.startsWith("Films"));
	}

}
