package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class QuestionIdTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void a_question_id_is_never_blank() {
		assertThatIllegalArgumentException().isThrownBy(() -> QuestionId.of(""));
		assertThatIllegalArgumentException().isThrownBy(() -> QuestionId.of("  "));
	}

	@Test
	void it_reads_as_the_bare_id_so_urls_and_messages_built_from_it_are_unchanged() {
		QuestionId id = QuestionId.of("d-0123abcd");

		assertThat(id).hasToString("d-0123abcd");
		assertThat(QuestionId.of(id.toString())).isEqualTo(id);
		assertThat("questions/" + id).isEqualTo("questions/d-0123abcd");
	}

	@Test
	void in_json_it_is_the_plain_string_the_bank_always_wrote() {
		record Holder(QuestionId question, List<QuestionId> others) {
		}
		Holder holder = new Holder(QuestionId.of("q-1"), List.of(QuestionId.of("q-2")));

		String written = this.json.writeValueAsString(holder);

		assertThat(written).isEqualTo("{\"question\":\"q-1\",\"others\":[\"q-2\"]}");
		assertThat(this.json.readValue(written, Holder.class)).isEqualTo(holder);
	}

}
