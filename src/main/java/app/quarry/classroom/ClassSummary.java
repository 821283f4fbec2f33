package app.quarry.classroom;

import java.time.Instant;

/**
 * A class as its teacher sees it.
 *
 * @param id the class id
 * @param name what the teacher called it
 * @param teacherId the owner
 * @param joinCode the current code (see {@link JoinCode})
 * @param students how many students are enrolled
 */
public record ClassSummary(long id, String name, long teacherId, JoinCode joinCode, int students) {

	/** The path of the join link, relative to the app's root. */
	public String joinPath() {
		return "join/" + this.joinCode.code();
	}

	public boolean joinCodeExpiredAt(Instant now) {
		return this.joinCode.isExpiredAt(now);
	}

}
