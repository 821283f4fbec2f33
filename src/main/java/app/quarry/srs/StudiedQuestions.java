package app.quarry.srs;

import java.util.stream.Collectors;
import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import java.time.Instant;
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
	public Set<QuestionId> metBy(LearnerId learner, Instant now) {
		return this.log.findQuestionIdsReviewedIn(learner.value(), ReviewSource.STUDY)
			.stream()
			.map(QuestionId::of)
			.collect(Collectors.toSet());
	}

}
