package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
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
	Optional<ZoneId> chosenTimeZone(LearnerId learner);

	/**
	 * The learner's true retention over the last {@code days} study days (share of passed
	 * reviews of mature cards, from study and quizzes), or null with no mature reviews.
	 */
	@Nullable Double trueRetention(LearnerId learner, int days);

	/** How many learners flagged each question, for the questions flagged at all. */
	Map<QuestionId, Long> flagCounts();

}
