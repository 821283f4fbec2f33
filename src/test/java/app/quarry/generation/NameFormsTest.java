package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** When two names are forms of one person's name. */
class NameFormsTest {

	private static boolean same(String x, String y) {
		return NameForms.sameName(List.of(x.split(" ")), List.of(y.split(" ")));
	}

	@Test
	void a_middle_initial_stands_for_the_middle_name_it_begins() {
		assertThat(same("jane m roe", "jane mary roe")).isTrue();
		assertThat(same("jane roe", "jane mary roe")).isTrue();
	}

	@Test
	void a_surname_alone_is_a_form_of_the_full_name() {
		assertThat(same("roe", "jane roe")).isTrue();
	}

	@Test
	void different_surnames_or_different_first_names_are_two_people() {
		assertThat(same("jane roe", "jane doe")).isFalse();
		assertThat(same("jane roe", "mark roe")).isFalse();
		assertThat(same("jane m roe", "jane k roe")).isFalse();
	}

}
