package app.quarry.study;

import app.quarry.bank.grading.AnswerMatcher;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The people the bank knows, as the matcher that grades typed names leniently in study:
 * kept beside the study cards it is made from, and evicted with them (see
 * {@link CatalogSnapshots}).
 */
@Component
class StudyNames {

	static final String CACHE = "study-matcher";

	private final CatalogSnapshots snapshots;

	StudyNames(CatalogSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Cacheable(cacheNames = CACHE, sync = true)
	public AnswerMatcher matcher() {
		return new AnswerMatcher(this.snapshots.snapshot().people());
	}

}
