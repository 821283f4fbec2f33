package app.quarry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class LearnerIdTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void a_learner_id_is_positive_as_every_stored_account_id_is() {
		assertThatIllegalArgumentException().isThrownBy(() -> LearnerId.of(0));
		assertThatIllegalArgumentException().isThrownBy(() -> LearnerId.of(-3));
	}

	@Test
	void it_reads_as_the_bare_number() {
		assertThat(LearnerId.of(42)).hasToString("42");
	}

	@Test
	void in_json_it_is_the_plain_number() {
		record Holder(LearnerId learner) {
		}

		String written = this.json.writeValueAsString(new Holder(LearnerId.of(7)));

		assertThat(written).isEqualTo("{\"learner\":7}");
		assertThat(this.json.readValue(written, Holder.class)).isEqualTo(new Holder(LearnerId.of(7)));
	}

}
