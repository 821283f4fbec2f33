package app.quarry.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.bank.BankQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year a change is measured against ("below 1990 levels") is not asked beside the date
 * the sentence tells; alone in its sentence it is still asked.
 */
class BaselineYearsTest {

	private static List<String> answers(String text) {
		return HeadNounsTest.dateQuestions(text)
			.stream()
			.filter(q -> !q.prompt().contains("date of"))
			.map(BankQuestion::answer)
			.toList();
	}

	@Test
	void a_yardstick_year_beside_a_told_date_is_not_asked() {
		assertThat(answers("Ruritania pledged to cut emissions to 40% below 1990 levels by 2030.")).contains("2030")
			.doesNotContain("1990");
		assertThat(answers("By 2040 the harvest in Acme county may fall to half of 2005 levels, the study found."))
			.contains("2040")
			.doesNotContain("2005");
		assertThat(answers("Rents in the town rose above pre-2008 prices in 2012, agents said."))
			.doesNotContain("2008");
	}

	@Test
	void a_yardstick_year_alone_in_its_sentence_is_still_asked() {
		assertThat(answers("Ruritania's farms now produce twice as much as they did at 1990 levels, Jane Roe said."))
			.contains("1990");
	}

}
