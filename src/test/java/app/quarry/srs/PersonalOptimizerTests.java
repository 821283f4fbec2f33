package app.quarry.srs;

import app.quarry.account.LearnerId;
import app.quarry.base.MovableClock;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.quarry.srs.fsrs.ReviewLogReader;
import app.quarry.srs.fsrs.ReviewRecord;
import app.quarry.srs.internal.ReviewLogEntry;
import app.quarry.srs.internal.ReviewLogRepository;
import app.quarry.srs.internal.ReviewRows;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("database")
@DataJpaTest
@Import({ SrsService.class, ReviewRows.class, PersonalOptimizer.class, PersonalFits.class,
		PersonalOptimizerTests.Clocks.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PersonalOptimizerTests {

	@TestConfiguration
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2024-10-07T00:00:00Z"));
		}

	}

	@Autowired
	PersonalOptimizer optimizer;

	@Autowired
	SrsService service;

	@Autowired
	ReviewLogRepository log;

	@Test
	void a_learner_below_the_threshold_keeps_the_default_parameters() throws IOException {
		store(501, sharedLog().subList(0, 399));
		RefitResult result = this.optimizer.refit(501);
		assertThat(result.replaced()).isFalse();
		assertThat(result.reason()).isEqualTo("needs at least 400 reviews, has 399");
		assertThat(this.service.settings(LearnerId.of(501)).parameters()).isNull();
	}

	@Test
	void new_parameters_are_kept_only_when_they_predict_the_held_out_recent_reviews_better() throws IOException {
		store(502, sharedLog());
		RefitResult first = this.optimizer.refit(502);
		assertThat(first.reviews()).isEqualTo(12580);
		assertThat(first.replaced()).isEqualTo(first.fittedLogLoss() < first.previousLogLoss());
		assertThat(this.service.settings(LearnerId.of(502)).parameters() != null).isEqualTo(first.replaced());
		// fitting the same log again gives the same parameters, which are not better than
		// themselves
		RefitResult second = this.optimizer.refit(502);
		assertThat(second.replaced()).isFalse();
		assertThat(second.reason()).startsWith("kept the parameters in use");
	}

	private static List<ReviewRecord> sharedLog() throws IOException {
		try (var in = PersonalOptimizerTests.class.getResourceAsStream("/fsrs/review_logs_josh.csv")) {
			return ReviewLogReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
	}

	private void store(long learner, List<ReviewRecord> records) {
		List<ReviewLogEntry> entries = new ArrayList<>();
		for (ReviewRecord record : records) {
			entries.add(new ReviewLogEntry(learner, record.cardId(), record.rating().value(), record.time(),
					record.durationMillis(), ReviewSource.STUDY, 0));
		}
		this.log.saveAll(entries);
	}

}
