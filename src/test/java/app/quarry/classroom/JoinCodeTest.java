package app.quarry.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

	private static final Instant EXPIRY = Instant.parse("2026-12-01T00:00:00Z");

	@Test
	void codes_are_eight_characters_without_look_alikes() {
		SplittableRandom random = new SplittableRandom(42);
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = JoinCode.generate(random, EXPIRY).code();
			assertThat(code).hasSize(8).doesNotContainPattern("[0O1IL]").matches("[A-Z2-9]{8}");
			codes.add(code);
		}
		assertThat(codes).hasSize(1000);
	}

	@Test
	void the_same_seed_gives_the_same_code() {
		assertThat(JoinCode.generate(new SplittableRandom(7), EXPIRY))
			.isEqualTo(JoinCode.generate(new SplittableRandom(7), EXPIRY));
	}

	@Test
	void typed_codes_ignore_case_spaces_and_dashes() {
		assertThat(JoinCode.normalise(" abcd-efgh ")).contains("ABCDEFGH");
		assertThat(JoinCode.normalise("abcd efgh")).contains("ABCDEFGH");
	}

	@Test
	void a_typed_code_of_the_wrong_length_or_with_look_alikes_is_not_a_code() {
		assertThat(JoinCode.normalise("ABCDEFG")).isEmpty();
		assertThat(JoinCode.normalise("ABCDEFGHJ")).isEmpty();
		assertThat(JoinCode.normalise("ABCDEFG0")).isEmpty();
		assertThat(JoinCode.normalise("")).isEmpty();
	}

	@Test
	void a_code_expires_at_its_expiry_instant() {
		JoinCode code = new JoinCode("ABCDEFGH", EXPIRY);
		assertThat(code.isExpiredAt(EXPIRY.minusSeconds(1))).isFalse();
		assertThat(code.isExpiredAt(EXPIRY)).isTrue();
		assertThat(code.display()).isEqualTo("ABCD-EFGH");
	}

}
