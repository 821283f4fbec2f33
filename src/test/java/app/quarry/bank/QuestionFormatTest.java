package app.quarry.bank;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionFormatTest {

	@Test
	void a_format_is_read_from_the_name_the_bank_stores_and_shown_by_its_label() {
		assertThat(QuestionFormat.ofBankName("multiple_choice")).isEqualTo(QuestionFormat.MULTIPLE_CHOICE);
		assertThat(QuestionFormat.label("true_false")).isEqualTo("True or false");
		assertThat(QuestionFormat.CLOZE.bankName()).isEqualTo("cloze");
	}

	@Test
	void the_bank_names_are_those_bank_format_md_and_stored_questions_use() {
		assertThat(QuestionFormat.values()).extracting(QuestionFormat::bankName)
			.containsExactly("multiple_choice", "true_false", "typed", "cloze", "flashcard");
		assertThat(QuestionType.values()).extracting(QuestionType::bankName)
			.containsExactly("date", "count", "quote", "person", "entity", "letter", "imported");
	}

	@Test
	void a_format_or_type_this_version_does_not_know_reads_as_words() {
		assertThat(QuestionFormat.of("drag_and_drop")).isEmpty();
		assertThat(QuestionFormat.label("drag_and_drop")).isEqualTo("Drag and drop");
		assertThat(QuestionType.label("time_of_day")).isEqualTo("Time of day");
		assertThatThrownBy(() -> QuestionFormat.ofBankName("essay")).hasMessageContaining("essay");
	}

	@Test
	void only_choice_formats_have_options_and_only_flashcards_are_rated_by_the_learner() {
		assertThat(QuestionFormat.values()).filteredOn(QuestionFormat::hasOptions)
			.containsExactly(QuestionFormat.MULTIPLE_CHOICE, QuestionFormat.TRUE_FALSE);
		assertThat(QuestionFormat.values()).filteredOn(format -> !format.isObjective())
			.containsExactly(QuestionFormat.FLASHCARD);
	}

	@Test
	void a_type_names_the_value_it_tests() {
		assertThat(QuestionType.COUNT.names("count")).isTrue();
		assertThat(QuestionType.label("quote")).isEqualTo("Who said it");
	}

}
