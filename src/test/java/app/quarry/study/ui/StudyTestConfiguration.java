package app.quarry.study.ui;

import org.springframework.boot.test.context.TestConfiguration;
import app.quarry.study.InMemorySchedule;
import org.springframework.context.annotation.Bean;

/** Spaced repetition kept in memory, until the study tests run on the srs service. */
@TestConfiguration
class StudyTestConfiguration {

	@Bean
	InMemorySchedule inMemorySchedule() {
		return new InMemorySchedule();
	}

}
