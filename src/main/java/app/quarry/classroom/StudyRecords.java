package app.quarry.classroom;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What classroom reads of its students' own study, which srs keeps: srs answers it, so
 * that classroom, whose submitted attempts srs listens to, does not depend on srs.
 */
public interface StudyRecords {

	/**
	 * The time zone the person chose in their study settings, if they ever saved them.
	 */
	Optional<ZoneId> chosenTimeZone(long learnerId);

	/**
	 * The learner's true retention over the last {@code days} study days (share of passed
	 * reviews of mature cards, from study and quizzes), or null with no mature reviews.
	 */
	@Nullable Double trueRetention(long learnerId, int days);

	/** How many learners flagged each question, for the questions flagged at all. */
	Map<String, Long> flagCounts();

}
