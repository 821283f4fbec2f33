package app.quarry.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialRulesTest {

	@Test
	void an_email_address_is_a_valid_login() {
		assertThat(CredentialRules.loginProblem("ada@example.org")).isNull();
	}

	@Test
	void a_user_name_of_letters_digits_dots_dashes_and_underscores_is_a_valid_login() {
		assertThat(CredentialRules.loginProblem("ada.love-lace_1")).isNull();
	}

	@Test
	void a_login_with_spaces_or_too_short_is_refused_with_a_message_that_says_what_to_use() {
		String expected = "Use an email address, or a user name of 3 to 32 letters, digits, dots, dashes or underscores.";
		assertThat(CredentialRules.loginProblem("ada lovelace")).isEqualTo(expected);
		assertThat(CredentialRules.loginProblem("ad")).isEqualTo(expected);
		assertThat(CredentialRules.loginProblem("ada@")).isEqualTo(expected);
		assertThat(CredentialRules.loginProblem("")).isEqualTo(expected);
		assertThat(CredentialRules.loginProblem(null)).isEqualTo(expected);
	}

	@Test
	void logins_are_compared_trimmed_and_lower_cased() {
		assertThat(CredentialRules.normalizeLogin("  Ada@Example.ORG ")).isEqualTo("ada@example.org");
	}

	@Test
	void a_password_of_nine_characters_is_too_short_and_ten_is_enough() {
		assertThat(CredentialRules.passwordProblem("123456789")).isEqualTo("Use a password of at least 10 characters.");
		assertThat(CredentialRules.passwordProblem("1234567890")).isNull();
	}

	@Test
	void password_length_counts_characters_not_bytes_or_utf16_units() {
		assertThat(CredentialRules.passwordProblem("ü".repeat(10))).isNull();
		assertThat(CredentialRules.passwordProblem("😀".repeat(9)))
			.isEqualTo("Use a password of at least 10 characters.");
	}

	@Test
	void a_password_longer_than_bcrypt_can_read_is_refused_rather_than_silently_cut() {
		assertThat(CredentialRules.passwordProblem("x".repeat(72))).isNull();
		assertThat(CredentialRules.passwordProblem("x".repeat(73)))
			.isEqualTo("Use a password of at most 72 bytes (about 70 letters).");
	}

	@Test
	void a_password_of_only_spaces_is_refused() {
		assertThat(CredentialRules.passwordProblem(" ".repeat(12))).isEqualTo("A password cannot be only spaces.");
	}

}
