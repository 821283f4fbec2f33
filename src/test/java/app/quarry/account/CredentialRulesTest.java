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
		assertThat(CredentialRules.passwordProblem("zq8-walrus")).isNull();
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

	@Test
	void one_of_the_most_common_passwords_is_refused_in_any_case() {
		String expected = "This password is one of the most common ones, which are the first that anyone guessing tries. "
				+ "Choose another; a few unrelated words make a good one.";
		assertThat(CredentialRules.passwordProblem("1234567890")).isEqualTo(expected);
		assertThat(CredentialRules.passwordProblem("qwertyuiop")).isEqualTo(expected);
		assertThat(CredentialRules.passwordProblem("Password123")).isEqualTo(expected);
		assertThat(CredentialRules.passwordProblem("MANCHESTER")).isEqualTo(expected);
	}

	@Test
	void the_common_password_list_has_at_least_ten_thousand_entries() {
		assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
	}

	@Test
	void a_password_containing_the_login_name_is_refused_in_any_case() {
		String expected = "A password must not contain your email or user name: it is the first thing a guesser tries.";
		assertThat(CredentialRules.passwordProblem("my ada.lovelace pw", "Ada.Lovelace")).isEqualTo(expected);
		assertThat(CredentialRules.passwordProblem("ADALOVELACE-2026", "adalovelace")).isEqualTo(expected);
		assertThat(CredentialRules.passwordProblem("grace-hopper-2026", "grace@example.org")).isEqualTo(expected);
		assertThat(CredentialRules.passwordProblem("amazing hopper 7", "ada.lovelace")).isNull();
	}

	@Test
	void an_invisible_login_name_or_one_with_control_or_direction_characters_is_refused() {
		String expected = "An email or user name cannot contain invisible, control or text-direction characters.";
		assertThat(CredentialRules.loginProblem("ada\u200B@example.org")).isEqualTo(expected);
		assertThat(CredentialRules.loginProblem("ada\u202E@example.org")).isEqualTo(expected);
		assertThat(CredentialRules.loginProblem("ada\u0007@example.org")).isEqualTo(expected);
	}

	@Test
	void a_display_name_of_only_invisible_characters_is_refused() {
		String expected = "Your name is made only of invisible characters. Type a name others can read, or leave it empty.";
		assertThat(CredentialRules.displayNameProblem("\u200B\u200C\u200D")).isEqualTo(expected);
		assertThat(CredentialRules.displayNameProblem("\u2060 \uFEFF")).isEqualTo(expected);
		assertThat(CredentialRules.displayNameProblem("\u3164")).isEqualTo(expected);
	}

	@Test
	void a_display_name_with_control_characters_or_direction_overrides_is_refused() {
		assertThat(CredentialRules.displayNameProblem("Ada\u0000Lovelace"))
			.isEqualTo("Your name cannot contain control characters such as tabs or line breaks.");
		assertThat(CredentialRules.displayNameProblem("Ada\nLovelace"))
			.isEqualTo("Your name cannot contain control characters such as tabs or line breaks.");
		assertThat(CredentialRules.displayNameProblem("Ada \u202Eecalevol"))
			.isEqualTo("Your name cannot contain characters that reverse or reorder the text around it.");
		assertThat(CredentialRules.displayNameProblem("Ada \u2066x\u2069"))
			.isEqualTo("Your name cannot contain characters that reverse or reorder the text around it.");
	}

	@Test
	void ordinary_names_in_any_script_are_accepted_and_empty_means_use_the_login() {
		assertThat(CredentialRules.displayNameProblem("Ada Lovelace")).isNull();
		assertThat(CredentialRules.displayNameProblem("김정은")).isNull();
		assertThat(CredentialRules.displayNameProblem("محمد")).isNull();
		// joiners inside a script that needs them are fine when there is something
		// visible
		assertThat(CredentialRules.displayNameProblem("क्\u200Dष")).isNull();
		assertThat(CredentialRules.displayNameProblem("")).isNull();
		assertThat(CredentialRules.displayNameProblem("   ")).isNull();
		assertThat(CredentialRules.displayNameProblem(null)).isNull();
	}

}
