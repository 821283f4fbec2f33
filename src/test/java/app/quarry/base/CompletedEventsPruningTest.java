package app.quarry.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.classroom.ClassroomServicesTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;

/**
 * Completed event publications are a short record, not an archive: the pruning keeps
 * those completed within the kept period and every incomplete one, which the retry still
 * needs.
 */
class CompletedEventsPruningTest extends ClassroomServicesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CompletedEventPublications completed;

	@Test
	void publications_completed_before_the_kept_period_go_and_the_rest_stay() {
		// the registry dates completions by the app's clock
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		UUID old = publication(now.minusDays(10), now.minusDays(10));
		UUID recent = publication(now.minusDays(2), now.minusDays(2));
		UUID incomplete = publication(now.minusDays(10), null);

		new CompletedEventsPruning(this.completed, Duration.ofDays(7)).prune();

		List<UUID> left = this.jdbc.queryForList("SELECT id FROM event_publication WHERE listener_id = 'pruning-test'",
				UUID.class);
		assertThat(left).contains(recent, incomplete).doesNotContain(old);
		this.jdbc.update("DELETE FROM event_publication WHERE listener_id = 'pruning-test'");
	}

	private UUID publication(OffsetDateTime published, OffsetDateTime completedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.update("INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
					+ " completion_date, status, completion_attempts) VALUES (?, 'pruning-test', ?, '{}', ?, ?, ?, 1)",
					id, String.class.getName(), published, completedAt,
					completedAt == null ? "PROCESSING" : "COMPLETED");
		return id;
	}

}
