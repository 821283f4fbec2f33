package app.quarry.srs;

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
	public Optional<ZoneId> chosenTimeZone(long learnerId) {
		return this.srs.chosenTimeZone(learnerId);
	}

	@Override
	public @Nullable Double trueRetention(long learnerId, int days) {
		return this.srs.statistics(learnerId, days).trueRetention();
	}

	@Override
	public Map<String, Long> flagCounts() {
		return this.srs.flagCounts();
	}

}
