package app.quarry.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The V8 migration on a database that already has questions and attempts: every
 * question's current version is recorded, and so is an older version an attempt showed
 * (rebuilt from the attempt's copy), so the new foreign key holds for old attempts.
 */
class QuestionVersionMigrationTest {

	@Test
	void existing_questions_and_the_older_versions_attempts_showed_are_backfilled() {
		JdbcDataSource source = new JdbcDataSource();
		source.setURL("jdbc:h2:mem:v8-backfill;DB_CLOSE_DELAY=-1");
		source.setUser("sa");
		Flyway.configure().dataSource(source).locations("classpath:db/migration").target("7").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(source);
		jdbc.update("insert into document (id, title, sha256, body, created_at, updated_at)"
				+ " values ('doc', 'Doc', ?, 'The letter came.', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
				+ " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')", "a".repeat(64));
		// edited twice before the migration: now at version 2, an attempt showed version
		// 0
		jdbc.update("insert into question (id, type, format, prompt, answer, answer_value, accepted, options, quote,"
				+ " status, origin, edited, version, source_document, source_start, source_end, source_sentence,"
				+ " sources, created_at, updated_at) values ('q-1', 'date', 'multiple_choice', 'When now?',"
				+ " 'May 1', '2018-05-01', '[\"May 1\"]', '[\"May 1\",\"May 2\"]', null, 'APPROVED', 'GENERATED',"
				+ " TRUE, 2, 'doc', 0, 16, 'The letter came.', '[]', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
				+ " TIMESTAMP WITH TIME ZONE '2026-02-01 00:00:00+00')");
		jdbc.update("insert into classroom_class (id, teacher_id, name, join_code, join_code_expires_at, created_at)"
				+ " values (1, 1, 'C', 'ABCDEFGH', TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00',"
				+ " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
		jdbc.update("insert into classroom_assignment (id, class_id, title, opens_at, due_at, attempts_allowed,"
				+ " draw_count, shuffle_questions, shuffle_options, answer_reveal, created_at) values (1, 1, 'A',"
				+ " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00',"
				+ " 1, 0, FALSE, FALSE, 'AFTER_SUBMIT', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
		jdbc.update("insert into classroom_attempt (id, assignment_id, student_id, attempt_number, started_at)"
				+ " values (1, 1, 2, 1, TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00')");
		jdbc.update(
				"insert into classroom_attempt_item (attempt_id, position, question_id, question_version,"
						+ " question_type, question_format, prompt, answer, answer_value, accepted, options) values"
						+ " (1, 0, 'q-1', 0, 'date', 'multiple_choice', 'When \"then\"?', 'May 2', '2018-05-02', ?, ?)",
				"May 2\nthe 2nd", "May 2\nMay 1");

		Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();

		List<Map<String, Object>> versions = jdbc
			.queryForList("select version, prompt, accepted, options, created_at from question_version"
					+ " where question_id = 'q-1' order by version");
		assertThat(versions)
			.extracting(row -> row.get("VERSION") + " " + row.get("PROMPT") + " " + row.get("ACCEPTED") + " "
					+ row.get("OPTIONS"))
			.containsExactly("0 When \"then\"? [\"May 2\",\"the 2nd\"] [\"May 2\",\"May 1\"]",
					"2 When now? [\"May 1\"] [\"May 1\",\"May 2\"]");
		assertThatThrownBy(() -> jdbc.update("insert into classroom_attempt_item (attempt_id, position, question_id,"
				+ " question_version, question_type, question_format, prompt, answer, answer_value, accepted,"
				+ " options) values (1, 1, 'q-1', 1, 'date', 'typed', 'p', 'a', 'v', '', '')"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
