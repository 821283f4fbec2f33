package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BankJsonTest {

	static final Source SOURCE = new Source("doc", 3, 10, "It rains.");

	static final BankQuestion COUNT = new BankQuestion("q-000000000002", "count", "typed", "How many?", "27", "27",
			List.of("27"), List.of(), null, SOURCE, List.of(SOURCE));

	static final BankQuestion QUOTE = new BankQuestion("q-000000000001", "quote", "multiple_choice", "Who said: “Hi”?",
			"Ann Lee", "Ann Lee", List.of("Ann Lee"), List.of("Ann Lee", "Bo Kim", "Cy Park", "Di Moon"), "Hi", SOURCE,
			List.of(SOURCE));

	@Test
	void questions_are_written_sorted_by_id_with_counts_as_integers() {
		String json = BankJson.write(new Bank(List.of(), List.of(COUNT, QUOTE)));
		assertThat(json.indexOf("q-000000000001")).isLessThan(json.indexOf("q-000000000002"));
		assertThat(json).contains("\"value\": 27,").contains("\"format\": \"quarry-bank/1\"").endsWith("}\n");
	}

	@Test
	void a_written_bank_reads_back_equal() {
		Bank bank = new Bank(List.of(new BankDocument("doc", "T", "2018-09", null, "A", "ab")), List.of(COUNT, QUOTE));
		assertThat(BankJson.read(BankJson.write(bank))).isEqualTo(bank);
	}

	@Test
	void broken_json_is_refused_with_its_line_and_column() {
		assertThatThrownBy(() -> BankJson.read("{\n  \"format\": \"quarry-bank/1\",\n  \"documents\": [,]\n}"))
			.isInstanceOf(BankFormatException.class)
			.hasMessage("not valid JSON at line 3, column 17: unexpected character ','");
	}

	@Test
	void a_missing_field_is_named_by_its_path() {
		String json = BankJson.write(new Bank(List.of(), List.of(QUOTE))).replace("\"answer\": \"Ann Lee\",", "");
		assertThatThrownBy(() -> BankJson.read(json)).isInstanceOf(BankFormatException.class)
			.hasMessage("bank.questions[0].answer: missing (question q-000000000001)");
	}

	@Test
	void a_field_of_the_wrong_kind_says_what_was_expected() {
		String json = BankJson.write(new Bank(List.of(), List.of(QUOTE))).replace("\"start\": 3", "\"start\": \"3\"");
		assertThatThrownBy(() -> BankJson.read(json)).isInstanceOf(BankFormatException.class)
			.hasMessage(
					"bank.questions[0].source.start: expected a non-negative integer but found 3 (question q-000000000001)");
	}

	@Test
	void another_format_is_refused() {
		assertThatThrownBy(() -> BankJson.read("{\"format\": \"other/2\", \"documents\": [], \"questions\": []}"))
			.hasMessage("format: expected \"quarry-bank/1\" but found \"other/2\"");
	}

	@Test
	void brackets_nested_deeper_than_any_bank_are_refused_not_a_stack_overflow() {
		String deep = "{\"format\": \"quarry-bank/1\", \"documents\": " + "[".repeat(200_000) + "]".repeat(200_000)
				+ "}";
		assertThatThrownBy(() -> BankJson.read(deep)).isInstanceOf(BankFormatException.class)
			.hasMessage("not valid JSON at line 1, column 105: nested deeper than 64 levels");
	}

	@Test
	void an_invisible_character_is_named_by_its_code() {
		assertThatThrownBy(() -> BankJson.read("\u202E{}"))
			.hasMessage("not valid JSON at line 1, column 1: unexpected character U+202E");
	}

}
