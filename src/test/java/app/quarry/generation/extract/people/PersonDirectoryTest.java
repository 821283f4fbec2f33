package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

class PersonDirectoryTest {

	private static final PersonDirectory CORPUS = PersonDirectory
		.of(SeedDocuments.ALL.stream().map(SeedDocuments::read).toList());

	@Test
	void the_corpus_has_one_canonical_person_per_human_and_no_places() {
		assertThat(CORPUS.people().stream().map(Person::name)).containsExactly("Bob Woodward", "Cheong Seong-chang",
				"Chung Dong-young", "Chung Eui-yong", "Donald Trump", "Hwang Joon-bum", "Isaiah X. Smith", "Joseph Yun",
				"Jung In-hwan", "Kim Bo-eun", "Kim Jong-un", "Kim Yo Jong", "Kim Yong-chol", "Lee Jae Myung",
				"Mike Pompeo", "Moon Jae-in", "Sarah Sanders", "Shin Beom-chul", "Tammy Bruce");
	}

	@Test
	void spelling_variants_meet_in_the_most_frequent_full_spelling() {
		assertThat(CORPUS.canonical("Kim Jong Un")).isEqualTo("Kim Jong-un");
		assertThat(CORPUS.canonical("Kim Jong-Un")).isEqualTo("Kim Jong-un");
		assertThat(CORPUS.canonical("Kim Yo-jong")).isEqualTo("Kim Yo Jong");
		assertThat(CORPUS.find("Kim Jong-un").orElseThrow().spellings()).containsExactly("Kim Jong Un", "Kim Jong-un");
	}

	@Test
	void a_surname_or_a_titled_surname_refers_to_the_one_person_who_bears_it() {
		assertThat(CORPUS.canonical("Sanders")).isEqualTo("Sarah Sanders");
		assertThat(CORPUS.canonical("President Trump")).isEqualTo("Donald Trump");
		assertThat(CORPUS.canonical("Pompeo's")).isEqualTo("Mike Pompeo");
		assertThat(CORPUS.canonical("Moon")).isEqualTo("Moon Jae-in");
	}

	@Test
	void an_ambiguous_typed_name_refers_to_no_one() {
		assertThat(CORPUS.find("Kim")).isEmpty();
		assertThat(CORPUS.find("Chung")).isEmpty();
		assertThat(CORPUS.find("Barack Obama")).isEmpty();
		assertThat(CORPUS.canonical("Kim")).isEqualTo("Kim");
	}

	@Test
	void typed_answers_are_matched_leniently_but_never_to_another_person() {
		assertThat(CORPUS.refersTo("kim yo-jong", "Kim Yo Jong")).isTrue();
		assertThat(CORPUS.refersTo("KIM JONG UN", "Kim Jong-un")).isTrue();
		assertThat(CORPUS.refersTo("Kim Jong-un", "Kim Yo Jong")).isFalse();
		assertThat(CORPUS.refersTo("Kim", "Kim Jong-un")).isFalse();
	}

	@Test
	void a_directory_of_one_document_names_people_as_that_document_spells_them() {
		DocumentText statement = SeedDocuments.read(SeedDocuments.KIM_YO_JONG);
		PersonDirectory directory = PersonDirectory.of(statement);
		assertThat(directory.canonical("Kim Jong-un")).isEqualTo("Kim Jong Un");
		assertThat(directory.find("Kim Yo Jong").orElseThrow().roles())
			.containsExactly("the influential sister of North Korean leader Kim Jong Un");
		assertThat(directory.find("Kim Yo Jong").orElseThrow().gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void the_corpus_directory_does_not_depend_on_document_order() {
		List<DocumentText> reversed = SeedDocuments.ALL.reversed().stream().map(SeedDocuments::read).toList();
		assertThat(PersonDirectory.of(reversed).people()).isEqualTo(CORPUS.people());
	}

}
