package app.quarry.srs;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import app.quarry.classroom.StudyRecords;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Answers classroom's questions about its students' study from the learners' cards. */
@Component
class ClassroomStudyRecords implements StudyRecords {

	private final SrsService srs;

	ClassroomStudyRecords(SrsService srs) {
		this.srs = srs;
	}

	@Override
	public Optional<ZoneId> chosenTimeZone(LearnerId learner) {
		return this.srs.chosenTimeZone(learner);
	}

	@Override
	public @Nullable Double trueRetention(LearnerId learner, int days) {
		return this.srs.statistics(learner, days).trueRetention();
	}

	@Override
	public Map<QuestionId, Long> flagCounts() {
		return this.srs.flagCounts();
	}

}
