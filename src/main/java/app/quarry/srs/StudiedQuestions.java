package app.quarry.srs;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.quarry.bank.MetQuestions;
import app.quarry.srs.internal.ReviewLogRepository;

/**
 * A learner has met the questions they answered in study. Quiz answers are reviews too,
 * but a quiz decides itself when its answers may be seen.
 */
@Component
class StudiedQuestions implements MetQuestions {

	private final ReviewLogRepository log;

	StudiedQuestions(ReviewLogRepository log) {
		this.log = log;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> metBy(long learnerId, Instant now) {
		return new HashSet<>(this.log.findQuestionIdsReviewedIn(learnerId, ReviewSource.STUDY));
	}

}
