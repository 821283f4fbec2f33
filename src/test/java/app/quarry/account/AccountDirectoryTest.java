package app.quarry.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The admin's list of accounts read a page at a time, on real H2: found by login or name
 * in any case, paged without gaps or repeats, counted, and sorted only as the list
 * offers.
 */
@Tag("database")
@AccountSpringTest
@WithMockUser(username = "directory-admin", roles = "ADMIN")
class AccountDirectoryTest {

	@Autowired
	AccountService accounts;

	@Autowired
	AccountDirectory directory;

	private String prefix;

	@BeforeEach
	void three_people_sign_up() {
		this.prefix = "dir" + System.nanoTime() + "-";
		for (String[] person : new String[][] { { "cara", "Zoe Cara" }, { "anna", "Yuri Anna" },
				{ "ben", "Xavier Ben" } }) {
			this.accounts
				.register(new Registration(this.prefix + person[0], person[1], "long enough pw", ZoneOffset.UTC));
		}
	}

	@Test
	void pages_follow_each_other_by_login_and_the_count_covers_them_all() {
		assertThat(logins(this.directory.find(this.prefix, PageRequest.of(0, 2)))).containsExactly("anna", "ben");
		assertThat(logins(this.directory.find(this.prefix, PageRequest.of(1, 2)))).containsExactly("cara");
		assertThat(this.directory.count(this.prefix)).isEqualTo(3);
	}

	@Test
	void a_person_is_found_by_part_of_their_name_in_any_case() {
		assertThat(logins(this.directory.find(this.prefix.toUpperCase(), PageRequest.of(0, 10))))
			.containsExactly("anna", "ben", "cara");
		assertThat(this.directory.find("yURI aNN", PageRequest.of(0, 10))).extracting(Account::login)
			.containsExactly(this.prefix + "anna");
		assertThat(this.directory.count("nobody is called this")).isZero();
	}

	@Test
	void the_list_is_sorted_by_name_as_asked_but_never_by_what_it_does_not_offer() {
		assertThat(logins(this.directory.find(this.prefix, PageRequest.of(0, 10, Sort.by("displayName")))))
			.containsExactly("ben", "anna", "cara");
		assertThat(logins(this.directory.find(this.prefix, PageRequest.of(0, 10, Sort.by("passwordHash")))))
			.containsExactly("anna", "ben", "cara");
	}

	private List<String> logins(List<Account> found) {
		return found.stream().map(account -> account.login().substring(this.prefix.length())).toList();
	}

}
