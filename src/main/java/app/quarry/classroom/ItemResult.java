package app.quarry.classroom;

import app.quarry.classroom.results.ItemStatistics;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Item analysis of one question of an assignment, with the question it is about.
 *
 * @param questionId the bank question id
 * @param label its column label ("Q3 id")
 * @param statistics facility and discrimination
 * @param versionsSeen the versions of the question the counted attempts showed, ascending
 * @param currentVersion its version now, or null if the bank no longer has it
 * @param prompt what the approved question asks now, or null if it is not approved any
 * more
 */
public record ItemResult(String questionId, String label, ItemStatistics statistics, List<Integer> versionsSeen,
		@Nullable Integer currentVersion, @Nullable String prompt) {

	public ItemResult {
		versionsSeen = List.copyOf(versionsSeen);
	}

	/** True when some attempt showed a version other than the current one. */
	public boolean editedSince() {
		return this.currentVersion != null && this.versionsSeen.stream().anyMatch(v -> !v.equals(this.currentVersion));
	}

}
