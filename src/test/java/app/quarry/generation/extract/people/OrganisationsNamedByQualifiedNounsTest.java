package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Descriptions of an organisation written before its name whose head alone would say
 * nothing of one ("body", "lab", "think tank", the plural of a trade), or that name a
 * title ("newspaper", "magazine").
 */
class OrganisationsNamedByQualifiedNounsTest {

	@Test
	void a_qualified_body_lab_or_think_tank_before_a_name_describes_it() {
		assertThat(FoundOrganisations.in("Rowing's ruling body the WRF said the results would stand."))
			.contains("WRF | Rowing's ruling body");
		assertThat(FoundOrganisations.in("The ban was upheld by cycling's governing body the UCI on Friday."))
			.contains("UCI | cycling's governing body");
		assertThat(FoundOrganisations.in("The figures came from a report by Welsh think tank Harbridge."))
			.contains("Harbridge | Welsh think tank");
		assertThat(FoundOrganisations.in("Swedish anti-virus lab Norsec said it had seen few attacks."))
			.contains("Norsec | Swedish anti-virus lab");
	}

	@Test
	void a_body_or_lab_with_nothing_to_qualify_it_gives_nothing() {
		assertThat(FoundOrganisations.in("Police found the body in the lab Tuesday and told Carrow Holdings."))
			.noneMatch(found -> found.contains("body") || found.contains("lab"));
	}

	@Test
	void the_plural_of_a_trade_before_a_name_describes_a_firm() {
		assertThat(FoundOrganisations.in("Sales rose, according to market analysts Brightlane Data."))
			.contains("Brightlane Data | a firm of market analysts");
		assertThat(FoundOrganisations.in("The study was run by pollsters Opinia Research in May."))
			.contains("Opinia Research | a firm of pollsters");
	}

	@Test
	void a_plural_before_a_person_or_a_list_describes_no_firm() {
		assertThat(FoundOrganisations.in("Industry analysts Jane Morton and Tom Hale said sales would fall."))
			.noneMatch(found -> found.contains("firm of"));
		assertThat(FoundOrganisations.in("Analysts John Castle said sales would fall."))
			.noneMatch(found -> found.contains("firm of"));
		assertThat(FoundOrganisations.in("Sales fell, say analysts Brightlane and Corvane."))
			.noneMatch(found -> found.contains("firm of"));
	}

	@Test
	void a_title_before_the_noun_of_its_kind_is_described_by_it() {
		assertThat(FoundOrganisations.in("The Harbour Courier newspaper reported that the search had ended."))
			.contains("Harbour Courier | a newspaper");
		assertThat(FoundOrganisations.in("A laptop that Tech Weekly magazine called the best of the year."))
			.contains("Tech Weekly | a magazine");
	}

	@Test
	void a_noun_for_an_owned_part_or_a_title_owned_by_another_describes_nothing() {
		assertThat(FoundOrganisations.in("The Kestrel website said the talks had failed."))
			.noneMatch(found -> found.startsWith("Kestrel |"));
		assertThat(FoundOrganisations.in("Tellco's Courier magazine said the talks had failed."))
			.noneMatch(found -> found.startsWith("Courier |"));
		assertThat(FoundOrganisations.in("The samples went to the Ruritanian Police laboratory for tests."))
			.noneMatch(found -> found.contains("laboratory"));
		assertThat(FoundOrganisations.in("The story ran in a Swahili newspaper owned by a party."))
			.noneMatch(found -> found.startsWith("Swahili |"));
	}

	@Test
	void one_word_before_a_title_noun_names_the_title_only_when_titles_take_that_word() {
		assertThat(FoundOrganisations.in("The Clarion newspaper said the talks had failed."))
			.contains("Clarion | a newspaper");
		assertThat(FoundOrganisations.in("The Halvorsen newspaper said the talks had failed."))
			.noneMatch(found -> found.startsWith("Halvorsen |"));
		assertThat(FoundOrganisations.in("The Leeds newspaper said the talks had failed."))
			.noneMatch(found -> found.startsWith("Leeds |"));
	}

}
