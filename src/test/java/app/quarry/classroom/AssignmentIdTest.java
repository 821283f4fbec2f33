package app.quarry.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AssignmentIdTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void an_assignment_id_is_positive_as_every_stored_one_is() {
		assertThatIllegalArgumentException().isThrownBy(() -> AssignmentId.of(0));
		assertThatIllegalArgumentException().isThrownBy(() -> AssignmentId.of(-3));
	}

	@Test
	void it_reads_as_the_bare_number_and_parses_back_from_it() {
		AssignmentId id = AssignmentId.of(42);

		assertThat(id).hasToString("42");
		assertThat(AssignmentId.parse(id.toString())).isEqualTo(id);
		assertThatIllegalArgumentException().isThrownBy(() -> AssignmentId.parse("forty-two"));
	}

	@Test
	void a_route_parameter_that_cannot_be_an_assignment_names_none() {
		assertThat(AssignmentId.inRoute(java.util.Optional.of(12L))).contains(AssignmentId.of(12));
		assertThat(AssignmentId.inRoute(java.util.Optional.of(-1L))).isEmpty();
		assertThat(AssignmentId.inRoute(java.util.Optional.empty())).isEmpty();
	}

	@Test
	void in_json_it_is_the_plain_number() {
		record Holder(AssignmentId assignment) {
		}

		String written = this.json.writeValueAsString(new Holder(AssignmentId.of(7)));

		assertThat(written).isEqualTo("{\"assignment\":7}");
		assertThat(this.json.readValue(written, Holder.class)).isEqualTo(new Holder(AssignmentId.of(7)));
	}

}
