package app.quarry.generation.extract.people;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.PersonFact;

import static org.assertj.core.api.Assertions.assertThat;

class PersonExtractorTest {

	@Test
	void titles_and_appositions_of_the_correspondence_report_give_roles() {
		// the photo caption repeated under the headline is web residue, masked before
		// extraction
		assertThat(SeedDocuments.people(SeedDocuments.read(SeedDocuments.CORRESPONDENCE_RESUMES))).containsExactly(
				"Donald Trump | US President", "Kim Jong-un | North Korean leader", "Kim Jong-un | North Korean leader",
				"Donald Trump | US President", "Mike Pompeo | US Secretary of State",
				"Moon Jae-in | South Korean President",
				"Kim Yong-chol | vice chairman of the Workers' Party of Korea (WPK) and director of the WPK United Front Department",
				"Hwang Joon-bum | Washington correspondent");
	}

	@Test
	void the_dialogue_momentum_report_names_officials_analysts_and_its_author() {
		assertThat(SeedDocuments.people(SeedDocuments.read(SeedDocuments.DIALOGUE_MOMENTUM))).containsExactly(
				"Kim Bo-eun | null", "Donald Trump | U.S. President", "Kim Jong-un | North Korean leader",
				"Mike Pompeo | Secretary", "Sarah Sanders | White House Press Secretary",
				"Chung Eui-yong | National Security Office chief", "Kim Yong-chol | top North Korean official",
				"Shin Beom-chul | senior fellow at The Asan Institute for Policy Studies", "Donald Trump | President",
				"Moon | President", "Cheong Seong-chang | senior researcher at the Sejong Institute",
				"Mike Pompeo | Secretary");
	}

	@Test
	void former_and_then_titles_are_part_of_the_role() {
		assertThat(SeedDocuments.people(SeedDocuments.read(SeedDocuments.KIM_COMPLAINED))).containsExactly(
				"Kim Jong-un | North Korean leader", "Donald Trump | then-President",
				"Kim Jong-un | North Korean leader", "Donald Trump | former US President",
				"Bob Woodward | US journalist", "Mike Pompeo | former US Secretary of State",
				"Moon Jae-in | South Korean President", "Moon Jae-in | President", "Jung In-hwan | staff reporter");
	}

	@Test
	void the_statement_report_gives_the_sister_the_minister_and_the_ambassador_their_roles() {
		assertThat(SeedDocuments.people(SeedDocuments.read(SeedDocuments.KIM_YO_JONG))).containsExactly(
				"Kim Yo Jong | the influential sister of North Korean leader Kim Jong Un",
				"Kim Jong Un | North Korean leader", "Donald Trump | President",
				"Tammy Bruce | U.S. State Department spokeswoman", "Donald Trump | President",
				"Lee Jae Myung | South Korean President", "Chung Dong-young | Unification Minister",
				"Joseph Yun | U.S. Ambassador to South Korea", "Donald Trump | President");
	}

	@Test
	void the_citizen_letter_names_its_addressee_without_honorifics_and_its_author() {
		assertThat(SeedDocuments.people(SeedDocuments.read(SeedDocuments.CITIZEN_LETTER)))
			.containsExactly("Kim Jong-un | null", "Isaiah X. Smith | null");
	}

	@Test
	void a_person_fact_spans_the_name_only() {
		DocumentText document = SeedDocuments.read(SeedDocuments.KIM_YO_JONG);
		PersonFact unification = new PersonExtractor().find(document, null)
			.stream()
			.filter(fact -> fact.value().equals("Chung Dong-young"))
			.findFirst()
			.orElseThrow();
		assertThat(unification.text()).isEqualTo("Chung Dong-young");
		assertThat(document.text().substring(unification.start(), unification.end())).isEqualTo("Chung Dong-young");
	}

}
